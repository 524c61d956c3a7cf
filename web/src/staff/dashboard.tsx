import { useEffect, useId, useMemo } from 'react';
import { BANDS } from '../bands.ts';
import { Loading } from '../ui.tsx';
import { BAND_LABEL, bandProgress, bandStatus, chartModel, MODE_LABEL, timeLeft } from './dashboard-view.ts';
import { LoadError } from './fields.tsx';
import { ResponseChart } from './response-chart.tsx';
import { getDashboard } from './staff-calls.ts';
import type { Dashboard, Id } from './staff-types.ts';
import { useApi } from './use-api.ts';
import { useLive } from './use-live.ts';

const REFRESH_MS = 30_000;

/**
 * How fieldwork is going, live: responses against eligible children and the target, per band.
 * Every count is the server's `display`: counts of 1 to 4 arrive as "fewer than 5" and are
 * shown, and charted, as exactly that.
 */
export function FieldworkDashboard({ waveId, refreshKey = 0 }: { waveId: Id; refreshKey?: number }) {
  const dashboard = useApi(`dashboard:${waveId}`, (signal) => getDashboard(waveId, signal));
  useLive(dashboard.reload, REFRESH_MS);
  // Eligible counts were just saved: the rates change, so fetch again without waiting.
  useEffect(() => {
    if (refreshKey > 0) dashboard.reload();
  }, [refreshKey, dashboard.reload]);
  const headingId = useId();

  return (
    <section className="panel dashboard" aria-labelledby={headingId} data-testid="dashboard">
      <div className="panel-head">
        <h2 id={headingId}>Fieldwork</h2>
        <p className="live">
          <span className="live-dot" aria-hidden="true" /> Live
          {dashboard.loadedAt !== null && <span className="muted"> · updated {timeOfDay(dashboard.loadedAt)}</span>}
          <button type="button" className="button secondary inline small-button" onClick={dashboard.reload} data-testid="dash-refresh">
            Refresh
          </button>
        </p>
      </div>
      {dashboard.refreshError && (
        <p className="notice small" role="status">
          Couldn't refresh just now ({dashboard.refreshError.message}) — showing the figures from {timeOfDay(dashboard.loadedAt ?? Date.now())}.
        </p>
      )}
      {dashboard.state.kind === 'loading' && <Loading />}
      {dashboard.state.kind === 'error' && <LoadError error={dashboard.state.error} onRetry={dashboard.reload} />}
      {dashboard.state.kind === 'ok' && <DashboardBody dashboard={dashboard.state.value} />}
    </section>
  );
}

function DashboardBody({ dashboard }: { dashboard: Dashboard }) {
  const { wave } = dashboard;
  const bands = BANDS.flatMap((band) => dashboard.bands.filter((b) => b.band === band));
  // Redrawn only when the figures change, not on every 30-second refresh that brings the same ones.
  const figures = JSON.stringify(bands);
  const model = useMemo(() => chartModel(bands), [figures]);
  const modesId = useId();
  return (
    <>
      <p className="lead" data-testid="dash-days-left">
        {timeLeft(wave.state, dashboard.daysLeft, wave.opensOn, wave.closesOn)}
      </p>
      <div className="table-wrap">
        <table className="table">
          <caption>Responses by age band, against the number of eligible children and the target</caption>
          <thead>
            <tr>
              <th scope="col">Age band</th>
              <th scope="col" className="num">
                Responses
              </th>
              <th scope="col" className="num">
                Eligible
              </th>
              <th scope="col">Progress</th>
              <th scope="col">Target</th>
            </tr>
          </thead>
          <tbody>
            {bands.map((b) => {
              const status = bandStatus(b);
              return (
                <tr key={b.band} data-testid={`dash-row-${b.band}`}>
                  <th scope="row">{BAND_LABEL[b.band]}</th>
                  <td className="num" data-testid={`dash-count-${b.band}`}>
                    {b.responses.display}
                  </td>
                  <td className="num">{b.eligible === null ? <span className="muted">not entered</span> : b.eligible}</td>
                  <td data-testid={`dash-progress-${b.band}`}>{bandProgress(b)}</td>
                  <td>
                    {status === 'on_target' && <span className="badge badge-open">On target</span>}
                    {status === 'below_target' && <span className="badge badge-below">Below target</span>}
                    {status === 'unknown' && <span className="muted">—</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">All bands</th>
              <td className="num" data-testid="dash-total">
                {dashboard.total.display}
              </td>
              <td colSpan={3} />
            </tr>
          </tfoot>
        </table>
      </div>

      <ResponseChart model={model} />
      {model.hidden.some((h) => h !== null) && (
        <p className="muted small">
          Small numbers are not shown, so that no young person can be identified: a hatched box means fewer than 5 responses, and
          “not shown” is a number hidden so that a small one cannot be worked out from the others.
        </p>
      )}

      <h3 id={modesId}>How young people took part</h3>
      {dashboard.modes.length === 0 ? (
        <p className="muted">No responses yet.</p>
      ) : (
        <ul className="modes" aria-labelledby={modesId}>
          {dashboard.modes.map((m) => (
            <li key={m.mode} data-testid={`dash-mode-${m.mode}`}>
              <span>{MODE_LABEL[m.mode] ?? m.mode}</span> <strong>{m.responses.display}</strong>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function timeOfDay(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}
