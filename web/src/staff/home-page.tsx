import { useId, useState } from 'react';
import { Link, Loading, PageHeading } from '../ui.tsx';
import { dateInWords } from '../wave-dates.ts';
import { chooseCouncil, chosenCouncil } from './council-choice.ts';
import { LoadError } from './fields.tsx';
import { NewCouncilForm } from './new-council-form.tsx';
import { capabilitiesOf } from './roles.ts';
import { listCouncils, listWaves } from './staff-calls.ts';
import { NEW_WAVE_PATH, wavePagePath } from './staff-routes.ts';
import type { Account, Council, StaffWave } from './staff-types.ts';
import { useApi } from './use-api.ts';
import { WaveStateBadge } from './wave-state.tsx';

/** The account's waves, newest first; a platform admin also picks a council and can add one. */
export function HomePage({ account }: { account: Account }) {
  const can = capabilitiesOf(account.role);
  const [councilId, setCouncilId] = useState(can.manageCouncils ? chosenCouncil() : '');
  const councils = useApi(can.manageCouncils ? 'councils' : 'none', (signal) =>
    can.manageCouncils ? listCouncils(signal) : Promise.resolve({ ok: true as const, value: [] as Council[] }),
  );
  const councilList = councils.state.kind === 'ok' ? councils.state.value : [];
  const chosen = councilList.find((c) => String(c.id) === councilId) ?? null;
  const waves = useApi(`waves:${councilId}`, (signal) => listWaves(can.manageCouncils && chosen ? chosen.id : null, signal));
  const pickerId = useId();
  const wavesHeadingId = useId();

  const choose = (id: string) => {
    chooseCouncil(id);
    setCouncilId(id);
  };

  return (
    <section>
      <PageHeading title="Waves">Survey waves</PageHeading>
      {account.council && <p className="eyebrow">{account.council.name}</p>}

      {can.manageCouncils && (
        <section className="panel" aria-label="Councils">
          <div className="field">
            <label htmlFor={pickerId} className="field-label">
              Council
            </label>
            <select id={pickerId} className="select" value={councilId} onChange={(e) => choose(e.target.value)} data-testid="council-picker">
              <option value="">All councils</option>
              {councilList.map((c) => (
                <option key={String(c.id)} value={String(c.id)}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          {councils.state.kind === 'error' && <LoadError error={councils.state.error} onRetry={councils.reload} />}
          <NewCouncilForm
            onCreated={(council) => {
              councils.reload();
              choose(String(council.id));
            }}
          />
        </section>
      )}

      {can.editWaves && (
        <p>
          <Link to={NEW_WAVE_PATH} className="button inline" data-testid="new-wave">
            New wave
          </Link>
        </p>
      )}

      <section aria-labelledby={wavesHeadingId}>
        <h2 id={wavesHeadingId}>{chosen ? `Waves for ${chosen.name}` : 'Waves'}</h2>
        {waves.state.kind === 'loading' && <Loading />}
        {waves.state.kind === 'error' && <LoadError error={waves.state.error} onRetry={waves.reload} />}
        {waves.state.kind === 'ok' && <WaveList waves={waves.state.value} showCouncil={can.manageCouncils && !chosen} />}
      </section>
    </section>
  );
}

function WaveList({ waves, showCouncil }: { waves: StaffWave[]; showCouncil: boolean }) {
  if (waves.length === 0) return <p className="muted">No waves yet.</p>;
  return (
    <ul className="wave-list" data-testid="wave-list">
      {waves.map((wave) => (
        <li key={String(wave.id)} className="wave-row" data-testid="wave-row">
          <div>
            <Link to={wavePagePath(wave.id)} className="wave-link" data-testid={`wave-link-${wave.id}`}>
              {wave.label}
            </Link>
            {showCouncil && <span className="muted"> · {wave.councilName}</span>}
          </div>
          <div className="wave-meta">
            <WaveStateBadge state={wave.state} />
            <span>
              {dateInWords(wave.opensOn)} to {dateInWords(wave.closesOn)}
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}
