import { useId, useMemo, useState, type FormEvent } from 'react';
import { BANDS } from '../bands.ts';
import { navigate } from '../navigation.ts';
import { Link, PageHeading } from '../ui.tsx';
import { chosenCouncil } from './council-choice.ts';
import { BAND_LABEL } from './dashboard-view.ts';
import { Field, FormError, LoadError } from './fields.tsx';
import { sortFieldProblems } from './form-check.ts';
import { checkNewWave, emptyNewWaveForm, NEW_WAVE_FIELDS, type NewWaveField, type NewWaveForm } from './new-wave-check.ts';
import { capabilitiesOf } from './roles.ts';
import type { ApiError } from './staff-api.ts';
import { createWave, listCouncils } from './staff-calls.ts';
import { STAFF_HOME, wavePagePath } from './staff-routes.ts';
import type { Account, Council, Id } from './staff-types.ts';
import { useApi } from './use-api.ts';

export function NewWavePage({ account }: { account: Account }) {
  const can = capabilitiesOf(account.role);
  const [form, setForm] = useState<NewWaveForm>(() => emptyNewWaveForm(can.manageCouncils ? chosenCouncil() : ''));
  const [problems, setProblems] = useState<Partial<Record<NewWaveField, string>>>({});
  const [error, setError] = useState<ApiError | string | null>(null);
  const [other, setOther] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const councils = useApi(can.manageCouncils ? 'councils' : 'none', (signal) =>
    can.manageCouncils ? listCouncils(signal) : Promise.resolve({ ok: true as const, value: [] as Council[] }),
  );
  const councilIds = useMemo(
    () => (can.manageCouncils && councils.state.kind === 'ok' ? new Map<string, Id>(councils.state.value.map((c) => [String(c.id), c.id])) : null),
    [can.manageCouncils, councils.state],
  );
  const councilFieldId = useId();
  const councilErrorId = useId();
  const bandsErrorId = useId();
  const accessHintId = useId();

  if (!can.editWaves) {
    return (
      <section>
        <PageHeading title="New wave">New wave</PageHeading>
        <p>Only a survey lead can set up a wave.</p>
      </section>
    );
  }

  const set = <K extends keyof NewWaveForm>(key: K, value: NewWaveForm[K]) => setForm((f) => ({ ...f, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    // A platform admin's council list must have loaded to choose from; others never send one.
    const checked = checkNewWave(form, can.manageCouncils ? (councilIds ?? new Map()) : null);
    setProblems(checked.problems);
    setOther([]);
    if (!checked.body) {
      setError('Check the highlighted fields.');
      return;
    }
    setBusy(true);
    setError(null);
    const result = await createWave(checked.body);
    setBusy(false);
    if (result.ok) {
      navigate(wavePagePath(result.value.id));
    } else {
      const sorted = sortFieldProblems(result.error.fieldProblems, NEW_WAVE_FIELDS);
      setProblems(sorted.byField);
      setOther(sorted.other);
      setError(result.error);
    }
  };

  return (
    <section>
      <p>
        <Link to={STAFF_HOME} className="back-link">
          ← Back to waves
        </Link>
      </p>
      <PageHeading title="New wave">New wave</PageHeading>
      <form className="form" onSubmit={submit} noValidate>
        <FormError error={error} other={other} testId="new-wave-error" />

        {can.manageCouncils && (
          <div className="field">
            <label htmlFor={councilFieldId} className="field-label">
              Council
            </label>
            {councils.state.kind === 'error' && <LoadError error={councils.state.error} onRetry={councils.reload} />}
            <select
              id={councilFieldId}
              className="select"
              value={form.councilId}
              onChange={(e) => set('councilId', e.target.value)}
              aria-invalid={problems.councilId ? true : undefined}
              aria-describedby={problems.councilId ? councilErrorId : undefined}
              data-testid="new-wave-council"
            >
              <option value="">Choose a council</option>
              {councils.state.kind === 'ok' &&
                councils.state.value.map((c) => (
                  <option key={String(c.id)} value={String(c.id)}>
                    {c.name}
                  </option>
                ))}
            </select>
            {problems.councilId && (
              <p id={councilErrorId} className="field-hint">
                {problems.councilId}
              </p>
            )}
          </div>
        )}

        <Field
          label="Name of the wave"
          hint="Children see this, e.g. “Your life, your care 2026”."
          value={form.label}
          onChange={(e) => set('label', e.target.value)}
          error={problems.label}
          maxLength={200}
          testId="new-wave-label"
        />
        <div className="field-row">
          <Field
            label="Opens on"
            type="date"
            value={form.opensOn}
            onChange={(e) => set('opensOn', e.target.value)}
            error={problems.opensOn}
            testId="new-wave-opens"
          />
          <Field
            label="Closes on"
            hint="On or after the opening date."
            type="date"
            value={form.closesOn}
            min={form.opensOn || undefined}
            onChange={(e) => set('closesOn', e.target.value)}
            error={problems.closesOn}
            testId="new-wave-closes"
          />
        </div>
        <Field
          label="Target response rate (%)"
          hint="The programme asks for at least 30%."
          type="number"
          inputMode="decimal"
          min={1}
          max={100}
          step="any"
          value={form.targetPercent}
          onChange={(e) => set('targetPercent', e.target.value)}
          error={problems.targetRate}
          className="narrow"
          testId="new-wave-target"
        />

        <fieldset className="fieldset" aria-describedby={accessHintId}>
          <legend className="field-label">How children get in</legend>
          <p id={accessHintId} className="field-help">
            With “codes only”, each child needs a one-time code from a printed card.
          </p>
          <label className="check">
            <input
              type="radio"
              name="accessMode"
              checked={form.accessMode === 'link'}
              onChange={() => set('accessMode', 'link')}
              data-testid="new-wave-access-link"
            />
            The link is enough (codes optional)
          </label>
          <label className="check">
            <input
              type="radio"
              name="accessMode"
              checked={form.accessMode === 'code'}
              onChange={() => set('accessMode', 'code')}
              data-testid="new-wave-access-code"
            />
            Codes only
          </label>
        </fieldset>

        <fieldset className="fieldset" aria-describedby={problems.bands ? bandsErrorId : undefined} aria-invalid={problems.bands ? true : undefined}>
          <legend className="field-label">Age bands</legend>
          {BANDS.map((band) => (
            <label key={band} className="check">
              <input
                type="checkbox"
                checked={form.bands.includes(band)}
                onChange={(e) => set('bands', e.target.checked ? [...form.bands, band] : form.bands.filter((b) => b !== band))}
                data-testid={`new-wave-band-${band}`}
              />
              {BAND_LABEL[band]}
            </label>
          ))}
          {problems.bands && (
            <p id={bandsErrorId} className="field-hint">
              {problems.bands}
            </p>
          )}
        </fieldset>

        <button type="submit" className="button inline" disabled={busy} data-testid="new-wave-submit">
          {busy ? 'Creating…' : 'Create wave'}
        </button>
      </form>
    </section>
  );
}
