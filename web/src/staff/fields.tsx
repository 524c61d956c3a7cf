import { useEffect, useId, useRef, type InputHTMLAttributes, type ReactNode } from 'react';
import type { ApiError } from './staff-api.ts';

/**
 * A labelled input with its hint and its problem, wired up for screen readers
 * (`aria-describedby`, `aria-invalid`).
 */
export function Field({ label, hint, error, testId, className, ...input }: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  testId?: string;
} & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field-help">
          {hint}
        </p>
      )}
      <input id={id} className="text-input" aria-invalid={error ? true : undefined} aria-describedby={describedBy} data-testid={testId} {...input} />
      {error && (
        <p id={errorId} className="field-hint">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * What went wrong with a form as a whole: the server's message (written to be shown as it is)
 * and any problems that name no field of this form. Takes focus so it is read out.
 */
export function FormError({ error, other = [], testId }: { error: ApiError | string | null; other?: string[]; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const message = typeof error === 'string' ? error : error?.message;
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [error, message]);
  if (!message) return null;
  return (
    <div ref={ref} className="error-box form-error" role="alert" tabIndex={-1} data-testid={testId}>
      <p>{message}</p>
      {other.length > 0 && (
        <ul>
          {other.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      {typeof error !== 'string' && error?.requestId && <p className="muted small">Reference: {error.requestId}</p>}
    </div>
  );
}

/** A load that failed, with the server's words and a way to try again. */
export function LoadError({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  return (
    <div className="notice" role="alert">
      <p>{error.message}</p>
      <button type="button" className="button secondary inline" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}

/** A small status line that is announced politely ("Saved"). */
export function Saved({ children }: { children: ReactNode }) {
  return (
    <p className="saved" role="status">
      {children}
    </p>
  );
}
