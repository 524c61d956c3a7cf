import type { AgeBand } from '@you-said/surveys';
import { useId, useState } from 'react';
import { isAgeBand } from '../../bands.ts';
import { resultsPath } from '../../routes.ts';
import { Link, Loading, PageHeading } from '../../ui.tsx';
import { BackToWave } from '../report/report-links.tsx';
import { FormError, LoadError } from '../fields.tsx';
import type { ApiError } from '../staff-api.ts';
import { getWave } from '../staff-calls.ts';
import { reportPath } from '../staff-routes.ts';
import type { Account, Id } from '../staff-types.ts';
import { useApi } from '../use-api.ts';
import { reportCapabilitiesOf } from '../report/report-access.ts';
import { addYouSaid, deleteYouSaid, editYouSaid, getReport, publishChildPage } from '../report/report-calls.ts';
import type { ReportModel, StaffReport, YouSaidBody, YouSaidEntry } from '../report/report-types.ts';
import { WE_WILL_MAX, YOU_SAID_MAX } from '../report/report-types.ts';
import { bandLabel, evidenceText } from '../report/report-view.ts';
import { checkYouSaid, entriesForBand, groupYouSaid, reportBands, type YouSaidGroup, type YouSaidProblems } from './you-said-view.ts';
import '../report/report.css';

/**
 * The council's answer to what children said: against each bright spot and area for improvement,
 * and in general. Published per age band as a page children can read.
 */
export function YouSaidPage({ id, account }: { id: string; account: Account }) {
  const report = useApi(`report:${id}`, (signal) => getReport(id, signal));
  const wave = useApi(`wave:${id}`, (signal) => getWave(id, signal));
  const can = reportCapabilitiesOf(account.role);
  const back = <BackToWave waveId={id} />;
  if (!can.recordYouSaid) {
    return (
      <section>
        {back}
        <PageHeading title="You said, we will">You said, we will</PageHeading>
        <p>The council's survey lead records its response. It is in the report.</p>
        <p>
          <Link to={reportPath(id)}>Open the report</Link>
        </p>
      </section>
    );
  }
  if (report.state.kind === 'loading') return <Loading />;
  if (report.state.kind === 'error') {
    return (
      <section>
        {back}
        <PageHeading title="You said, we will">You said, we will</PageHeading>
        <LoadError error={report.state.error} onRetry={report.reload} />
      </section>
    );
  }
  const slug = wave.state.kind === 'ok' ? wave.state.value.slug : null;
  return (
    <section className="you-said-page">
      {back}
      <YouSaidEditor waveId={id} slug={slug} report={report.state.value} />
    </section>
  );
}

function YouSaidEditor({ waveId, slug, report }: { waveId: Id; slug: string | null; report: StaffReport }) {
  const { model } = report;
  const [entries, setEntries] = useState<YouSaidEntry[]>(report.youSaid);
  const groups = groupYouSaid(model, entries);
  const replace = (entry: YouSaidEntry) => setEntries((all) => (all.some((e) => e.id === entry.id) ? all.map((e) => (e.id === entry.id ? entry : e)) : [...all, entry]));
  const remove = (entryId: string) => setEntries((all) => all.filter((e) => e.id !== entryId));

  return (
    <>
      <p className="eyebrow">{model.council.name}</p>
      <PageHeading title={`You said, we will: ${model.wave.label}`}>You said, we will: {model.wave.label}</PageHeading>
      <p>
        Say what the council will do about what children told it. Each entry appears in the <Link to={reportPath(waveId)}>report</Link>, and
        on the child-friendly page of its age band once that is published. Write for the children who will read it.
      </p>
      <ChildPages waveId={waveId} slug={slug} report={report} entries={entries} />
      {groups.map((g) => (
        <GroupPanel key={g.key} waveId={waveId} group={g} model={model} onSaved={replace} onDeleted={remove} />
      ))}
    </>
  );
}

function ChildPages({ waveId, slug, report, entries }: { waveId: Id; slug: string | null; report: StaffReport; entries: YouSaidEntry[] }) {
  const [pages, setPages] = useState(report.childPages);
  const [busy, setBusy] = useState<AgeBand | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const bands = reportBands(report.model);
  const published = (band: AgeBand) => pages.some((p) => p.band === band && p.published);
  return (
    <section className="panel" aria-labelledby="child-pages-heading" data-testid="child-pages">
      <h2 id="child-pages-heading">Pages for the children who took part</h2>
      <p>
        A page in simple words and pictures for each age band: what went well, what could be better, and what the council will do. It uses
        only figures the report shows.
      </p>
      <FormError error={error} />
      {bands.map((band) => (
        <div key={band} className="publish-row" data-testid={`child-page-${band}`}>
          <div>
            <strong>{bandLabel(band)}</strong>{' '}
            <span className={`badge ${published(band) ? 'badge-open' : 'badge-closed'}`}>{published(band) ? 'Published' : 'Not published'}</span>{' '}
            <span className="muted small">
              {entriesForBand(entries, band).length} "we will" {entriesForBand(entries, band).length === 1 ? 'entry' : 'entries'}
            </span>
            {published(band) && slug && (
              <>
                {' · '}
                <a href={resultsPath(slug, band)} target="_blank" rel="noreferrer">
                  Open the page
                </a>
              </>
            )}
          </div>
          <button
            type="button"
            className={`button inline ${published(band) ? 'secondary' : ''}`}
            disabled={busy !== null}
            onClick={async () => {
              setBusy(band);
              setError(null);
              const result = await publishChildPage(waveId, band, !published(band));
              setBusy(null);
              if (!result.ok) setError(result.error);
              else setPages((all) => [...all.filter((p) => p.band !== band), { band, published: result.value.published }]);
            }}
            data-testid={`publish-${band}`}
          >
            {published(band) ? 'Unpublish' : 'Publish'}
          </button>
        </div>
      ))}
    </section>
  );
}

const KIND_LABEL: Record<YouSaidGroup['kind'], string> = {
  area_for_improvement: 'Area for improvement',
  bright_spot: 'Bright spot',
  general: 'General',
};

function GroupPanel({
  waveId,
  group,
  model,
  onSaved,
  onDeleted,
}: {
  waveId: Id;
  group: YouSaidGroup;
  model: ReportModel;
  onSaved: (e: YouSaidEntry) => void;
  onDeleted: (id: string) => void;
}) {
  const [adding, setAdding] = useState(false);
  const title = group.finding ? group.finding.summary : group.itemId ? `A finding no longer in the report (${group.itemId})` : 'General points';
  return (
    <section className="panel" aria-label={title} data-testid={group.kind === 'general' && group.itemId === null ? 'you-said-general' : 'you-said-finding'}>
      <p className="eyebrow">
        {KIND_LABEL[group.kind]}
        {group.band ? ` · ${bandLabel(group.band)}` : ''}
      </p>
      <h2>{title}</h2>
      {group.finding && (
        <ul className="evidence">
          {group.finding.evidence.map((e) => (
            <li key={`${e.indicatorId}/${e.basis}`}>{evidenceText(e, model.options)}</li>
          ))}
        </ul>
      )}
      {group.entries.map((entry) => (
        <EntryView key={entry.id} waveId={waveId} entry={entry} general={group.itemId === null} onSaved={onSaved} onDeleted={onDeleted} />
      ))}
      {adding ? (
        <EntryForm
          initial={{ band: group.band, itemId: group.itemId, youSaid: '', weWill: '' }}
          chooseBand={group.itemId === null}
          submitLabel="Add"
          onCancel={() => setAdding(false)}
          onSubmit={async (body) => {
            const result = await addYouSaid(waveId, body);
            if (result.ok) {
              onSaved(result.value);
              setAdding(false);
            }
            return result.ok ? null : result.error;
          }}
        />
      ) : (
        <button type="button" className="button secondary inline" onClick={() => setAdding(true)} data-testid="you-said-add">
          {group.entries.length === 0 ? 'Add what the council will do' : 'Add another'}
        </button>
      )}
    </section>
  );
}

function EntryView({
  waveId,
  entry,
  general,
  onSaved,
  onDeleted,
}: {
  waveId: Id;
  entry: YouSaidEntry;
  general: boolean;
  onSaved: (e: YouSaidEntry) => void;
  onDeleted: (id: string) => void;
}) {
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  if (editing) {
    return (
      <EntryForm
        initial={entry}
        chooseBand={general}
        submitLabel="Save"
        onCancel={() => setEditing(false)}
        onSubmit={async (body) => {
          const result = await editYouSaid(waveId, entry.id, body);
          if (result.ok) {
            onSaved(result.value);
            setEditing(false);
          }
          return result.ok ? null : result.error;
        }}
      />
    );
  }
  return (
    <div className="you-said-item" data-testid="you-said-entry">
      {general && <p className="muted small">{entry.band ? bandLabel(entry.band) : 'Every age band'}</p>}
      <dl className="you-said-entry">
        <dt>You said</dt>
        <dd>{entry.youSaid}</dd>
        <dt>We will</dt>
        <dd>{entry.weWill}</dd>
      </dl>
      <FormError error={error} />
      <div className="actions">
        <button type="button" className="button secondary inline" onClick={() => setEditing(true)} data-testid="you-said-edit">
          Edit
        </button>
        <button
          type="button"
          className="button secondary inline"
          disabled={busy}
          onClick={async () => {
            if (!window.confirm('Delete this entry? It will disappear from the report and the children’s page.')) return;
            setBusy(true);
            const result = await deleteYouSaid(waveId, entry.id);
            setBusy(false);
            if (result.ok) onDeleted(entry.id);
            else setError(result.error);
          }}
          data-testid="you-said-delete"
        >
          Delete
        </button>
      </div>
    </div>
  );
}

function EntryForm({
  initial,
  chooseBand,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: YouSaidBody;
  chooseBand: boolean;
  submitLabel: string;
  onSubmit: (body: YouSaidBody) => Promise<ApiError | null>;
  onCancel: () => void;
}) {
  const [band, setBand] = useState<AgeBand | null>(initial.band);
  const [youSaid, setYouSaid] = useState(initial.youSaid);
  const [weWill, setWeWill] = useState(initial.weWill);
  const [problems, setProblems] = useState<YouSaidProblems>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { band: useId(), youSaid: useId(), weWill: useId() };
  return (
    <form
      className="subform"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const body: YouSaidBody = { band, itemId: initial.itemId, youSaid: youSaid.trim(), weWill: weWill.trim() };
        const found = checkYouSaid(body);
        setProblems(found);
        if (found.youSaid || found.weWill) return;
        setBusy(true);
        setError(null);
        const failed = await onSubmit(body);
        setBusy(false);
        setError(failed);
      }}
      data-testid="you-said-form"
    >
      <FormError error={error} />
      {chooseBand && (
        <div className="field">
          <label htmlFor={ids.band} className="field-label">
            Which children is this for?
          </label>
          <select
            id={ids.band}
            className="select"
            value={band ?? ''}
            onChange={(e) => setBand(isAgeBand(e.target.value) ? e.target.value : null)}
            data-testid="you-said-band"
          >
            <option value="">Every age band</option>
            {(['4-7', '8-11', '11-17', '16-25'] as const).map((b) => (
              <option key={b} value={b}>
                {bandLabel(b)}
              </option>
            ))}
          </select>
        </div>
      )}
      <TextArea id={ids.youSaid} label="You said" hint={`What children told us, in their terms (up to ${YOU_SAID_MAX} characters).`} value={youSaid} onChange={setYouSaid} error={problems.youSaid} testId="you-said-text" rows={3} />
      <TextArea id={ids.weWill} label="We will" hint={`What the council will do, and by when (up to ${WE_WILL_MAX} characters).`} value={weWill} onChange={setWeWill} error={problems.weWill} testId="we-will-text" rows={4} />
      <div className="actions">
        <button type="submit" className="button inline" disabled={busy} data-testid="you-said-save">
          {submitLabel}
        </button>
        <button type="button" className="button secondary inline" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function TextArea({
  id,
  label,
  hint,
  value,
  onChange,
  error,
  testId,
  rows,
}: {
  id: string;
  label: string;
  hint: string;
  value: string;
  onChange: (v: string) => void;
  error: string | undefined;
  testId: string;
  rows: number;
}) {
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <p id={`${id}-hint`} className="field-help">
        {hint}
      </p>
      <textarea
        id={id}
        className="textarea"
        value={value}
        rows={rows}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        data-testid={testId}
      />
      {error && (
        <p id={`${id}-error`} className="field-hint">
          {error}
        </p>
      )}
    </div>
  );
}
