import { useState } from 'react';
import { useLeaveGuard } from '../navigation.ts';
import { Link, Loading, PageHeading } from '../ui.tsx';
import { dateInWords } from '../wave-dates.ts';
import { CodeCards } from './code-cards.tsx';
import { CodesSection } from './codes-section.tsx';
import { FieldworkDashboard } from './dashboard.tsx';
import { BAND_LABEL, percent } from './dashboard-view.ts';
import { EligibleForm } from './eligible-form.tsx';
import { LoadError } from './fields.tsx';
import { GroupSessionStart } from './group-session-start.tsx';
import { LinksSection } from './links-section.tsx';
import { capabilitiesOf } from './roles.ts';
import { getWave } from './staff-calls.ts';
import { ReportLinks } from './report/report-links.tsx';
import { STAFF_HOME } from './staff-routes.ts';
import type { Account, IssuedBatch, StaffWave } from './staff-types.ts';
import { useApi } from './use-api.ts';
import { WaveStateBadge } from './wave-state.tsx';

const CODES_LEAVE_WARNING =
  "The access codes you just issued are only on this page. If you leave, they can't be shown again. Leave anyway?";

/** One wave: its summary and live dashboard for everyone; the actions each role may take. */
export function WavePage({ id, account }: { id: string; account: Account }) {
  const wave = useApi(`wave:${id}`, (signal) => getWave(id, signal));
  const [saved, setSaved] = useState<StaffWave | null>(null);
  const [dashboardRound, setDashboardRound] = useState(0);
  // The codes of the batch just issued: in this page's memory only, gone when it is left.
  const [issued, setIssued] = useState<IssuedBatch | null>(null);
  const [printingCards, setPrintingCards] = useState(false);
  useLeaveGuard(issued ? CODES_LEAVE_WARNING : null);

  if (wave.state.kind === 'loading') return <Loading />;
  if (wave.state.kind === 'error') {
    return (
      <section>
        <p>
          <Link to={STAFF_HOME} className="back-link">
          ← Back to waves
        </Link>
        </p>
        <PageHeading title="Wave">Wave</PageHeading>
        <LoadError error={wave.state.error} onRetry={wave.reload} />
      </section>
    );
  }
  const current = saved && String(saved.id) === String(wave.state.value.id) ? saved : wave.state.value;
  const can = capabilitiesOf(account.role);

  if (issued && printingCards) {
    return <CodeCards issued={issued} councilName={current.councilName} onClose={() => setPrintingCards(false)} />;
  }

  const bands = current.instruments.map((i) => i.band);
  return (
    <section className="wave-page">
      <p className="no-print">
        <Link to={STAFF_HOME} className="back-link">
          ← Back to waves
        </Link>
      </p>
      <p className="eyebrow">{current.councilName}</p>
      <PageHeading title={current.label}>{current.label}</PageHeading>

      <dl className="summary" data-testid="wave-summary">
        <div>
          <dt>State</dt>
          <dd>
            <WaveStateBadge state={current.state} />
          </dd>
        </div>
        <div>
          <dt>Opens</dt>
          <dd>{dateInWords(current.opensOn)}</dd>
        </div>
        <div>
          <dt>Closes</dt>
          <dd>{dateInWords(current.closesOn)}</dd>
        </div>
        <div>
          <dt>Target</dt>
          <dd>{percent(current.targetRate)} of eligible children in each band</dd>
        </div>
        <div>
          <dt>Access</dt>
          <dd>{current.accessMode === 'code' ? 'Codes only' : 'Link (codes optional)'}</dd>
        </div>
        <div className="summary-wide">
          <dt>Surveys</dt>
          <dd>
            <ul className="plain">
              {current.instruments.map((i) => (
                <li key={i.band}>
                  {BAND_LABEL[i.band]}: {i.title} <span className="muted">(version {i.instrumentVersion})</span>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>

      <ReportLinks waveId={current.id} role={account.role} />

      <FieldworkDashboard waveId={current.id} refreshKey={dashboardRound} />

      {can.startGroupSession && <GroupSessionStart wave={current} />}

      {can.editWaves && (
        <EligibleForm
          wave={current}
          onSaved={(w) => {
            setSaved(w);
            setDashboardRound((r) => r + 1);
          }}
        />
      )}

      {can.seeLinks && <LinksSection waveId={current.id} codesOnly={current.accessMode === 'code'} />}

      {can.issueCodes && (
        <CodesSection
          waveId={current.id}
          bands={bands}
          issued={issued}
          onIssued={(batch) => {
            setIssued(batch);
            // Straight to the cards: they must be printed before anything else happens.
            setPrintingCards(true);
          }}
          onPrint={() => setPrintingCards(true)}
          onForget={() => {
            setIssued(null);
            setPrintingCards(false);
          }}
        />
      )}
    </section>
  );
}
