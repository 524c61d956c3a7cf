import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { AgeBand } from '@you-said/surveys';
import { loadInstrument, loadWave, type Loaded, type WaveInfo } from '../api.ts';
import { BAND_CHOICE_LABEL, BANDS } from '../bands.ts';
import { lockNavigation } from '../navigation.ts';
import { discardShared, retryNow, setSealKey } from '../offline/courier.ts';
import { instrumentPath, keepForOffline, wavePath } from '../offline/offline-copies.ts';
import { surveysWord, useOutbox } from '../offline/use-outbox.ts';
import { loadEveryLanguage } from '../language/language-packs.ts';
import { appLanguage } from '../language/languages.ts';
import { resetPreferences, useDocumentLanguage, useMessages, usePreferences } from '../language/preferences.ts';
import { HelpNow } from '../respondent/help-now.tsx';
import { STAFF_SIGN_IN_PATH } from '../routes.ts';
import { SurveySession, type Phase } from '../respondent/survey-session.tsx';
import { WaveClosed } from '../respondent/wave-closed.tsx';
import { Link, Loading, LoadFailed, PageHeading } from '../ui.tsx';
import { useRemote } from '../use-remote.ts';
import { localIsoDate, waveTiming } from '../wave-dates.ts';
import { EndSession } from './end-session.tsx';
import { loadGroupSession, loadSealKey } from './group-session-api.ts';
import { idleMinutesFrom, idleTimes } from './idle.ts';
import { useIdle } from './use-idle.ts';

type Setup = { kind: 'active'; info: WaveInfo } | { kind: 'inactive' };

async function loadSetup(signal: AbortSignal): Promise<Loaded<Setup>> {
  const session = await loadGroupSession(signal);
  if (session.kind === 'unavailable') return { kind: 'unavailable' };
  if (session.kind === 'inactive') return { kind: 'ok', value: { kind: 'inactive' } };
  const wave = await loadWave(session.wave, signal);
  return wave.kind === 'ok' ? { kind: 'ok', value: { kind: 'active', info: wave.value } } : wave;
}

/**
 * `/group`: a shared tablet in a group ("forum") session. One young person after another takes
 * it, so nothing of one may be seen by the next: each child's survey lives in a component that
 * is thrown away (its survey model disposed) the moment their answers are stored, queued or they
 * walk away, the screens never enter the browser history, and nothing of a child who is answering
 * is written to storage. Finished answers the Wi-Fi cannot take yet wait in the tablet's outbox,
 * encrypted with the session's key, and the worker sees how many are waiting.
 */
export function Kiosk() {
  const { state, reload } = useRemote('group', loadSetup);
  if (state.kind === 'loading') return <Loading />;
  if (state.kind === 'unavailable') return <LoadFailed onRetry={reload} />;
  if (state.kind === 'not_found' || state.value.kind === 'inactive') return <NoSession />;
  return <ActiveKiosk info={state.value.info} />;
}

type Screen =
  | { kind: 'ready' }
  | { kind: 'choosing' }
  /** `child` numbers each young person, so the next one always gets a fresh survey. */
  | { kind: 'answering'; band: AgeBand; child: number }
  /** `queued`: the answers are safe on the tablet but wait for the Wi-Fi to be sent. */
  | { kind: 'handback'; band: AgeBand; queued: boolean };

function ActiveKiosk({ info }: { info: WaveInfo }) {
  const { wave, bands } = info;
  const [screen, setScreen] = useState<Screen>({ kind: 'ready' });
  const [surveyPhase, setSurveyPhase] = useState<Phase['kind'] | null>(null);
  const [ended, setEnded] = useState(false);
  const childCount = useRef(0);
  const times = useMemo(() => idleTimes(idleMinutesFrom(window.location.search)), []);

  useEffect(() => lockNavigation(), []);
  const outbox = useOutbox();

  // The session's key lets the tablet keep finished answers (encrypted) while the Wi-Fi is down.
  // Held in memory only; asked for again when the connection returns if it could not be had.
  useEffect(() => {
    const controller = new AbortController();
    let have = false;
    const fetchKey = () => {
      if (have) return;
      void loadSealKey(controller.signal).then(
        (key) => {
          if (!key || controller.signal.aborted) return;
          have = true;
          setSealKey(key);
        },
        () => {},
      );
    };
    fetchKey();
    window.addEventListener('online', fetchKey);
    return () => {
      controller.abort();
      window.removeEventListener('online', fetchKey);
      setSealKey(null);
    };
  }, []);

  // Every band's questions, and every language's words, fetched now while there is
  // Wi-Fi: a child who starts after it drops still gets their survey in their language (from
  // memory, and from the service worker's copies after a reload).
  useEffect(() => {
    const controller = new AbortController();
    void loadEveryLanguage();
    void Promise.all(bands.map(({ instrument }) => loadInstrument(instrument.id, instrument.version, controller.signal))).then(
      (loaded) =>
        keepForOffline([
          [wavePath(wave.slug), info],
          ...loaded.flatMap((l): [string, unknown][] => (l.kind === 'ok' ? [[instrumentPath(l.value.id, l.value.version), l.value]] : [])),
        ]),
      () => {},
    );
    return () => controller.abort();
  }, [info, bands, wave.slug]);

  // Every change of screen replaces the one history entry the kiosk has, so Back can never
  // bring back what an earlier child saw.
  const show = useCallback((next: Screen) => {
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    window.scrollTo(0, 0);
    // The next child starts with none of this one's choices (language, reading aloud).
    if (next.kind === 'ready') resetPreferences();
    setSurveyPhase(null);
    setScreen(next);
  }, []);

  const clearChild = useCallback(() => show({ kind: 'ready' }), [show]);

  // A page brought back from the browser's back-forward cache must not show a child's answers.
  useEffect(() => {
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) clearChild();
    };
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
  }, [clearChild]);

  // Answers already sent are never timed out: they are on their way and will count.
  const idleWatched =
    screen.kind === 'choosing' || (screen.kind === 'answering' && surveyPhase !== 'sending' && surveyPhase !== 'thanks');
  const idle = useIdle(idleWatched && !ended, times, clearChild);

  // Once ended, the survey on screen (and its "leave this page?" guard) is gone before the page
  // is replaced by a fresh one for the staff side: nothing of the session stays in memory.
  useEffect(() => {
    if (!ended) return;
    // Whatever still waits can no longer be sent (the session is over, and its key with it).
    setSealKey(null);
    void discardShared().finally(() => window.location.replace(STAFF_SIGN_IN_PATH));
  }, [ended]);
  if (ended) return <Loading>Session ended. Opening staff sign-in…</Loading>;

  const timing = waveTiming(wave, localIsoDate());
  const offered = BANDS.filter((band) => bands.some((b) => b.band === band));

  let body;
  if (timing.kind !== 'open') {
    body = <WaveClosed timing={timing} councilName={wave.council.name} />;
  } else if (screen.kind === 'ready') {
    body = (
      <section className="kiosk-ready" data-testid="kiosk-ready">
        <p className="eyebrow">{wave.council.name}</p>
        <PageHeading title="You Said">Ready for the next person</PageHeading>
        <button type="button" className="button kiosk-start" onClick={() => show({ kind: 'choosing' })} data-testid="kiosk-start">
          Tap to start
        </button>
        <p className="muted">Nobody will know which answers are yours.</p>
        <TabletOutbox />
      </section>
    );
  } else if (screen.kind === 'choosing') {
    body = (
      <section data-testid="kiosk-choose">
        <p className="eyebrow">{wave.council.name}</p>
        <PageHeading title="Choose your survey">Which one is you?</PageHeading>
        <ul className="band-list">
          {offered.map((band) => (
            <li key={band}>
              <button
                type="button"
                className="button band-button"
                onClick={() => show({ kind: 'answering', band, child: ++childCount.current })}
                data-testid={`kiosk-band-${band}`}
              >
                {BAND_CHOICE_LABEL[band]}
              </button>
            </li>
          ))}
        </ul>
        {offered.includes('8-11') && offered.includes('11-17') && (
          <p className="note">If you're 11, you can pick either one. Choose the one that feels right, or ask the adult helping you.</p>
        )}
        <button type="button" className="button secondary" onClick={clearChild} data-testid="kiosk-cancel">
          Go back
        </button>
      </section>
    );
  } else if (screen.kind === 'answering') {
    const entry = bands.find((b) => b.band === screen.band);
    body = entry ? (
      <SurveySession
        key={screen.child}
        wave={wave}
        band={screen.band}
        pinned={entry.instrument}
        fixedMode="group_session"
        sharedDevice
        showThanks={false}
        onPhaseChange={setSurveyPhase}
        onStored={() => show({ kind: 'handback', band: screen.band, queued: false })}
        onQueued={() => show({ kind: 'handback', band: screen.band, queued: true })}
      />
    ) : null;
  } else {
    body = <Handback advocacyService={wave.council.advocacyService} band={screen.band} queued={screen.queued} onNext={() => show({ kind: 'ready' })} />;
  }

  return (
    <div className="kiosk">
      {body}
      {idle.warningSecondsLeft !== null && <StillThere secondsLeft={idle.warningSecondsLeft} onStillHere={idle.stillHere} />}
      <EndSession
        childInProgress={screen.kind === 'answering' && surveyPhase !== 'sending'}
        waiting={outbox.waiting + outbox.refused.length}
        onSendNow={retryNow}
        onEnded={() => setEnded(true)}
      />
    </div>
  );
}

/**
 * For the worker: how many finished surveys wait on this tablet for the Wi-Fi, and any the
 * survey refused (with its reason; never anything of the answers).
 */
function TabletOutbox() {
  const { waiting, struggling, refused } = useOutbox();
  if (waiting === 0 && refused.length === 0) return null;
  return (
    <div className="notice" data-testid="kiosk-outbox" lang="en" dir="ltr">
      {waiting > 0 && (
        <p role="status" data-testid="kiosk-waiting" data-count={waiting}>
          Waiting to be sent from this tablet: <strong>{surveysWord(waiting)}</strong>.
          {struggling ? " There's no connection just now; they will be sent by themselves when the Wi-Fi is back." : ' Sending…'}
        </p>
      )}
      {refused.length > 0 && (
        <div role="alert" data-testid="kiosk-refused">
          <p>
            The survey could not accept {refused.length === 1 ? 'one finished survey' : `${refused.length} finished surveys`} on this tablet:
          </p>
          <ul>
            {[...new Set(refused.map((r) => r.message))].map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
          <p>They are deleted when the worker ends the session.</p>
        </div>
      )}
    </div>
  );
}

/**
 * The child's last screen, in the language they answered in: their answers are safe, where help
 * is, and the tablet goes back to the worker (whose button, and the outbox below it, are in English).
 */
function Handback({ advocacyService, band, queued, onNext }: { advocacyService: string; band: AgeBand; queued: boolean; onNext: () => void }) {
  const { language } = usePreferences();
  const m = useMessages();
  useDocumentLanguage(language);
  return (
    <section className="kiosk-handback" data-testid="kiosk-handback">
      <PageHeading title="Thank you">{m.handBackTitle}</PageHeading>
      <p className="lead" data-testid={queued ? 'kiosk-handback-queued' : undefined}>
        {queued ? m.handBackQueued : m.handBackSaved}
      </p>
      <HelpNow advocacyService={advocacyService} band={band} heading={m.thankYouHelpHeading} />
      <button type="button" className="button secondary" onClick={onNext} data-testid="kiosk-next" lang="en" dir="ltr">
        Ready for the next person
      </button>
      <TabletOutbox />
    </section>
  );
}

/** Asked of the child on screen, in the language they chose. */
function StillThere({ secondsLeft, onStillHere }: { secondsLeft: number; onStillHere: () => void }) {
  const buttonRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const { language } = usePreferences();
  const m = useMessages();
  useEffect(() => buttonRef.current?.focus(), []);
  return (
    <div className="kiosk-overlay">
      <div
        className="kiosk-still-there"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={headingId}
        lang={language}
        dir={appLanguage(language).dir}
        data-testid="kiosk-still-there"
      >
        <h2 id={headingId}>{m.stillThereTitle}</h2>
        <p>{m.stillThereText(secondsLeft)}</p>
        <button ref={buttonRef} type="button" className="button" onClick={onStillHere} data-testid="kiosk-still-here">
          {m.stillHere}
        </button>
      </div>
    </div>
  );
}

/** `/group` on a device that is not in a session (it ended, or was never started here). */
function NoSession() {
  return (
    <section data-testid="kiosk-inactive">
      <PageHeading title="No group session">This tablet isn't running a group session</PageHeading>
      <p>A participation worker or survey lead can start one from a wave's page.</p>
      <p>
        <Link to={STAFF_SIGN_IN_PATH}>Staff sign-in</Link>
      </p>
    </section>
  );
}
