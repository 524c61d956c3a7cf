import { useCallback, useEffect, useRef, useState } from 'react';
import { idlePhase, secondsLeft, type IdleTimes } from './idle.ts';

// Any of these means someone is at the tablet.
const INPUT_EVENTS = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart', 'scroll'] as const;

export interface Idle {
  /** Seconds until the answers are cleared while "Are you still there?" shows; null otherwise. */
  warningSecondsLeft: number | null;
  stillHere: () => void;
}

/**
 * Watches for input while `enabled`, warns after `times.warnAfterMs` and calls `onExpire` after
 * `times.expireAfterMs` without any. Starts counting afresh each time it is enabled.
 */
export function useIdle(enabled: boolean, times: IdleTimes, onExpire: () => void): Idle {
  const lastInput = useRef(Date.now());
  const [warningSecondsLeft, setWarningSecondsLeft] = useState<number | null>(null);
  const onExpireRef = useRef(onExpire);
  onExpireRef.current = onExpire;

  const stillHere = useCallback(() => {
    lastInput.current = Date.now();
    setWarningSecondsLeft(null);
  }, []);

  useEffect(() => {
    setWarningSecondsLeft(null);
    if (!enabled) return;
    lastInput.current = Date.now();
    const onInput = () => {
      lastInput.current = Date.now();
      setWarningSecondsLeft((shown) => (shown === null ? shown : null));
    };
    for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { capture: true, passive: true });
    const timer = window.setInterval(() => {
      const now = Date.now();
      const phase = idlePhase(lastInput.current, now, times);
      if (phase === 'expired') {
        setWarningSecondsLeft(null);
        onExpireRef.current();
      } else if (phase === 'warning') {
        setWarningSecondsLeft(secondsLeft(lastInput.current, now, times));
      } else {
        setWarningSecondsLeft((shown) => (shown === null ? shown : null));
      }
    }, 1000);
    return () => {
      window.clearInterval(timer);
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
    };
  }, [enabled, times.warnAfterMs, times.expireAfterMs]);

  return { warningSecondsLeft, stillHere };
}
