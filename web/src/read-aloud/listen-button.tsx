import { useSyncExternalStore } from 'react';
import type { Messages } from '../language/messages.ts';
import type { ReadAloud, ReadingItem } from './read-aloud.ts';

interface ListenButtonProps {
  readAloud: ReadAloud;
  /** Which question or answer this button reads: a notice that it can't be read appears here. */
  listenKey: string;
  /** What to read, worked out when pressed (so it is in the survey's language of the moment). */
  reading: () => ReadingItem[];
  /** The accessible name: "Listen to the question", "Listen to the answer: Always". */
  name: string;
  messages: Messages;
  /** An answer's button shows only the speaker; a question's also says "Listen". */
  compact?: boolean;
  testId?: string;
}

/** A Listen button, and the polite notice when this device has no voice for the language. */
export function ListenButton({ readAloud, listenKey, reading, name, messages, compact = false, testId }: ListenButtonProps) {
  const notice = useSyncExternalStore(readAloud.subscribe, readAloud.notice);
  const mine = notice !== null && notice.key === listenKey ? notice : null;
  return (
    <span className={compact ? 'listen listen--compact' : 'listen'}>
      <button
        type="button"
        className="listen-button"
        aria-label={name}
        onClick={() => readAloud.read(listenKey, reading())}
        data-testid={testId}
      >
        <SpeakerIcon />
        {!compact && <span className="listen-label">{messages.listen}</span>}
      </button>
      {/* Always in the page, so a screen reader announces the words when they appear. */}
      <span className="listen-notice" role="status" data-testid={testId ? `${testId}-notice` : undefined}>
        {mine ? messages.noVoice(mine.language) : ''}
      </span>
    </span>
  );
}

/** A loudspeaker with sound waves; the button's words say what it does. */
function SpeakerIcon() {
  return (
    <svg className="listen-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <path d="M3 9.5v5h4l5 4.5V5L7 9.5H3z" fill="currentColor" />
      <path
        d="M15.5 8.5a5 5 0 0 1 0 7M18.5 5.5a9 9 0 0 1 0 13"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      />
    </svg>
  );
}
