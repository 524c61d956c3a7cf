import { Link } from '../../ui.tsx';
import { commentsPath, reportPath, wavePagePath, youSaidPath } from '../staff-routes.ts';
import type { Id, Role } from '../staff-types.ts';
import { reportCapabilitiesOf } from './report-access.ts';

/** The wave page's way into the report, and for the survey lead, the comments and the council's response. */
export function ReportLinks({ waveId, role }: { waveId: Id; role: Role }) {
  const can = reportCapabilitiesOf(role);
  if (!can.readReport) return null;
  return (
    <nav aria-label="Report" className="actions report-links">
      <Link to={reportPath(waveId)} className="button inline" data-testid="open-report">
        Read the report
      </Link>
      {can.reviewComments && (
        <Link to={commentsPath(waveId)} className="button secondary inline" data-testid="open-comments">
          Review comments
        </Link>
      )}
      {can.recordYouSaid && (
        <Link to={youSaidPath(waveId)} className="button secondary inline" data-testid="open-you-said">
          You said, we will
        </Link>
      )}
    </nav>
  );
}

/** The way back from the report, comments and "you said, we will" pages to their wave (never printed). */
export function BackToWave({ waveId }: { waveId: Id }) {
  return (
    <p className="no-print">
      <Link to={wavePagePath(waveId)} className="back-link">
        ← Back to the wave
      </Link>
    </p>
  );
}
