import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { AgeBand } from '@you-said/surveys';
import { checkCodeShape, groupsOfFive, normaliseCode } from '../access-code.ts';
import { checkCode, codeMessage, type CodeMessage } from '../code-check.ts';

interface CodeEntryProps {
  /** When the form belongs to one survey, a code for any other is refused here. */
  expectedWave?: string;
  /** A code that arrived in a card's link: checked straight away. */
  initialCode?: string | null;
  onAccepted: (wave: string, band: AgeBand, code: string) => void;
  /** The words on the box's label; the page around it says what the code is for. */
  label?: string;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'problem'; message: CodeMessage; typed: string | null };

/**
 * The "I have a code" form. The code stays in this component's memory and goes to the caller
 * once the server has accepted it; it is never put in the URL or in browser storage.
 */
export function CodeEntry({ expectedWave, initialCode = null, onAccepted, label = 'Your code' }: CodeEntryProps) {
  const [typed, setTyped] = useState(initialCode ?? '');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  // React's development double-run of effects must not spend two of the few tries the server allows.
  const autoChecked = useRef(false);
  const onAcceptedRef = useRef(onAccepted);
  onAcceptedRef.current = onAccepted;

  const submit = async (text: string) => {
    const shape = checkCodeShape(text);
    if (shape.kind !== 'ok') {
      setStatus({ kind: 'problem', message: shapeMessage(shape), typed: shape.kind === 'empty' ? null : groupsOfFive(normaliseCode(text)) });
      inputRef.current?.focus();
      return;
    }
    setStatus({ kind: 'checking' });
    const result = await checkCode(shape.code, expectedWave);
    if (result.kind === 'ok' && expectedWave !== undefined && result.wave !== expectedWave) {
      setStatus({ kind: 'problem', message: codeMessage({ kind: 'other_wave' }), typed: null });
      return;
    }
    if (result.kind === 'ok') {
      setStatus({ kind: 'idle' });
      onAcceptedRef.current(result.wave, result.band, shape.code);
      return;
    }
    setStatus({
      kind: 'problem',
      message: codeMessage(result),
      typed: result.kind === 'unknown' ? groupsOfFive(normaliseCode(text)) : null,
    });
    if (result.kind === 'unknown') inputRef.current?.select();
  };

  useEffect(() => {
    if (initialCode === null || autoChecked.current) return;
    autoChecked.current = true;
    void submit(initialCode);
    // Only the code the page opened with is checked by itself.
  }, [initialCode]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (status.kind === 'checking') return;
    void submit(typed);
  };

  const problem = status.kind === 'problem' ? status : null;
  return (
    <form className="code-entry" onSubmit={onSubmit} noValidate>
      <label htmlFor={inputId} className="field-label">
        {label}
      </label>
      <p id={hintId} className="muted small">
        It's on your card: 10 letters and numbers, like ABCDE-FGHJK. Capitals and dashes don't matter.
      </p>
      <input
        ref={inputRef}
        id={inputId}
        className="code-input"
        type="text"
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        autoComplete="off"
        autoCapitalize="characters"
        autoCorrect="off"
        spellCheck={false}
        maxLength={24}
        aria-describedby={problem ? `${hintId} ${errorId}` : hintId}
        aria-invalid={problem !== null && problem.message.canRetype ? true : undefined}
        data-testid="code-input"
      />
      {problem && (
        <div id={errorId} className="error-box code-error" role="alert" data-testid="code-error">
          <p>
            <strong>{problem.message.title}</strong>
          </p>
          <p>{problem.message.text}</p>
          {problem.typed !== null && problem.typed !== '' && (
            <p>
              You typed: <span className="code-typed">{problem.typed}</span>
            </p>
          )}
        </div>
      )}
      <button type="submit" className="button" disabled={status.kind === 'checking'} data-testid="code-submit">
        {status.kind === 'checking' ? 'Checking…' : 'Go'}
      </button>
    </form>
  );
}

function shapeMessage(shape: Exclude<ReturnType<typeof checkCodeShape>, { kind: 'ok' }>): CodeMessage {
  switch (shape.kind) {
    case 'empty':
      return { title: 'Type your code first', text: 'It is the 10 letters and numbers on your card.', canRetype: true };
    case 'wrong_length':
      return {
        title: 'That code is not the right length',
        text: `A code has 10 letters and numbers. You typed ${shape.length}. Check it against your card.`,
        canRetype: true,
      };
    case 'not_in_alphabet':
      return {
        title: 'Check your code against your card',
        text: `Codes never use O, 0, I, 1, L, U or V. Look again at: ${shape.characters.join(' ')}`,
        canRetype: true,
      };
  }
}
