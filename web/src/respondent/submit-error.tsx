import type { Rejection } from '../submit-outcome.ts';
import { PageHeading } from '../ui.tsx';

export interface ShownProblem {
  question: string;
  wording: string;
  message: string;
}

/**
 * The server refused the answers (sending the same again would not help). Says so kindly,
 * with the server's own words, and takes the child back to their answers, which are kept.
 */
export function SubmitError({ rejection, problems, onTryAgain }: {
  rejection: Rejection;
  problems: ShownProblem[];
  onTryAgain: () => void;
}) {
  return (
    <section data-testid="submit-error" className="error-box" role="alert">
      <PageHeading title="Not sent yet">We couldn't save your answers yet</PageHeading>
      <p>{rejection.message}</p>
      {problems.length > 0 && (
        <>
          <p>{problems.length === 1 ? 'This question needs another look:' : 'These questions need another look:'}</p>
          <ul className="problems">
            {problems.map((p) => (
              <li key={p.question}>
                <strong>{p.wording}</strong> — {p.message}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <strong>Nothing is lost.</strong> Your answers are still here. Go back to them, then press send again. If it still
        doesn't work, show this to the adult helping you.
      </p>
      <button type="button" className="button" onClick={onTryAgain} data-testid="try-again">
        Try again
      </button>
      {rejection.requestId && <p className="muted small">Reference for the survey team: {rejection.requestId}</p>}
    </section>
  );
}
