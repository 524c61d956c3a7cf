import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { AgeBand } from '@you-said/surveys';
import type { Model } from 'survey-core';
import { loadInstrument, loadWave, type PublicWave, type WaveBand } from '../api.ts';
import { asksWhoIsWithYou } from '../bands.ts';
import { holdCode } from '../held-code.ts';
import { useLeaveGuard } from '../navigation.ts';
import { prepareResponse, type PreparedResponse, type ResponseMode } from '../response-body.ts';
import { discard, enqueue, retryNow, watch } from '../offline/courier.ts';
import { deviceStorage, isWorthResuming, readDraft, removeDraft, writeDraft, type Draft, type DraftKey } from '../offline/drafts.ts';
import { instrumentPath, keepForOffline, wavePath } from '../offline/offline-copies.ts';
import { ResumeOffer, StartAgain } from '../offline/resume-offer.tsx';
import { useOutbox } from '../offline/use-outbox.ts';
import type { LanguageCode } from '../language/languages.ts';
import type { Rejection } from '../submit-outcome.ts';
import { chooseAutoRead, chooseLanguage, surveyPreferences, usePreferences } from '../language/preferences.ts';
import { loadLanguage } from '../language/language-packs.ts';
import { useRemote } from '../use-remote.ts';
import { makeUuid } from '../uuid.ts';
import { localIsoDate } from '../wave-dates.ts';
import { CodeNeeded } from './code-needed.tsx';
import { SendingStatus } from './sending-status.tsx';
import { StartScreen, type InstrumentReadiness } from './start-screen.tsx';
import { SubmitError } from './submit-error.tsx';
import { useSurveyRuntime } from './survey-runtime-loader.ts';
import { ThankYou } from './thank-you.tsx';

export type Phase =
  | { kind: 'start' }
  | { kind: 'answering' }
  | { kind: 'sending' }
  | { kind: 'rejected'; rejection: Rejection }
  | { kind: 'thanks' };

/** Refusals of the code (or of its absence) that another code can put right. */
const CODE_REFUSALS = new Set(['code_needed', 'code_unknown', 'code_spent', 'code_revoked', 'code_other_survey']);

const LEAVE_WARNING = {
  answering: 'Leave the survey? Your answers have not been sent and will be lost.',
  sending: 'Your answers are still being sent. If you leave now they will be lost.',
  rejected: 'Your answers have not been saved yet. If you leave now they will be lost.',
} as const;

export interface SurveySessionProps {
  wave: PublicWave;
  band: AgeBand;
  pinned: WaveBand['instrument'];
  /** Known already (a group session), so the child is not asked who is with them. */
  fixedMode?: ResponseMode;
  /** The one-time code the child came in with; it goes with the answers. */
  accessCode?: string | null;
  /** Told once the server has stored the answers. */
  onStored?: () => void;
  /** Whether to show the thank-you page once stored; a kiosk shows its own hand-back screen. */
  showThanks?: boolean;
  /** Told of every change of phase (the kiosk only times out a child who is still answering). */
  onPhaseChange?: (phase: Phase['kind']) => void;
  /**
   * A group session's shared tablet: nothing of a child's answers is kept while they answer, and
   * finished answers wait (encrypted) in the tablet's outbox only until the server has them.
   */
  sharedDevice?: boolean;
  /** Told when the finished answers are safe in the device's outbox but could not be sent yet. */
  onQueued?: () => void;
}

/**
 * One child's run through their band's instrument: start screen, questions, sending, thanks.
 *
 * The answers live in the survey-core model (a ref), never in React state. On the child's own
 * device they are also kept as a draft in localStorage while they answer, so a closed page can
 * carry on where it left off (see offline/drafts.ts). Once finished, the answers go into the
 * device's outbox (offline/courier.ts), which sends them until the server stores them, even
 * after the page is closed. On a group session's shared tablet no draft is kept, and what waits
 * in the outbox is encrypted.
 */
export function SurveySession(props: SurveySessionProps) {
  const { wave, band, pinned, fixedMode, accessCode = null, onStored, showThanks = true, onPhaseChange, sharedDevice = false, onQueued } = props;
  const instrument = useRemote(`${pinned.id}@${pinned.version}`, (signal) => loadInstrument(pinned.id, pinned.version, signal));
  const [phase, setPhase] = useState<Phase>({ kind: 'start' });
  const asksMode = fixedMode === undefined && asksWhoIsWithYou(band);
  // The youngest children always answer with a grown-up reading aloud, so they are not asked.
  const initialMode: ResponseMode | null = fixedMode ?? (asksMode ? null : 'with_adult');
  const [mode, setMode] = useState<ResponseMode | null>(initialMode);
  const onStoredRef = useRef(onStored);
  onStoredRef.current = onStored;
  const onQueuedRef = useRef(onQueued);
  onQueuedRef.current = onQueued;
  // Drafts only on the child's own device: a shared tablet keeps nothing of a child who is answering.
  const [storage] = useState(() => (sharedDevice ? null : deviceStorage()));
  const draftKey: DraftKey = { wave: wave.slug, band, instrument: pinned.id, version: pinned.version };
  const draftKeyRef = useRef(draftKey);
  draftKeyRef.current = draftKey;
  const [resumable, setResumable] = useState<Draft | null>(() => {
    const draft = readDraft(storage, draftKey);
    return draft && isWorthResuming(draft) ? draft : null;
  });
  // A child coming back carries on as they were: in their language, read aloud or not.
  useLayoutEffect(() => {
    if (resumable?.language) chooseLanguage(resumable.language);
    if (resumable?.autoRead !== undefined) chooseAutoRead(resumable.autoRead);
    // Once, as the page opens; "Start again" goes to a fresh start screen.
  }, []);
  // The choices the survey began with, kept with its draft and its place in the outbox.
  const choicesRef = useRef<{ language: LanguageCode; autoRead: boolean } | null>(null);
  // Whether the answers so far are safe on this device (so leaving the page loses nothing).
  const [keptOnDevice, setKeptOnDevice] = useState(storage !== null);
  const [queuedOnDevice, setQueuedOnDevice] = useState(false);
  const outbox = useOutbox();
  // The code goes with the answers; it can also be given after a refusal (see CodeNeeded).
  const codeRef = useRef(accessCode);

  useEffect(() => {
    onPhaseChange?.(phase.kind);
  }, [phase.kind, onPhaseChange]);
  const [failedOnce, setFailedOnce] = useState(false);
  const modelRef = useRef<Model | null>(null);
  const preparedRef = useRef<PreparedResponse | null>(null);
  const resendRef = useRef<(() => void) | null>(null);
  /** A response the server refused while this child was here: a tablet deletes it when they go. */
  const refusedIdRef = useRef<string | null>(null);

  const guarded =
    phase.kind === 'sending' ? !queuedOnDevice : phase.kind === 'answering' || phase.kind === 'rejected' ? !keptOnDevice : false;
  useLeaveGuard(guarded && (phase.kind === 'answering' || phase.kind === 'sending' || phase.kind === 'rejected') ? LEAVE_WARNING[phase.kind] : null);

  useEffect(
    () => () => {
      modelRef.current?.dispose();
      modelRef.current = null;
      preparedRef.current = null;
      resendRef.current = null;
      if (sharedDevice && refusedIdRef.current) void discard(refusedIdRef.current);
    },
    [sharedDevice],
  );

  // Each new 'sending' phase object is one completion: into the outbox, then sent until stored or refused.
  useEffect(() => {
    const prepared = preparedRef.current;
    if (phase.kind !== 'sending' || !prepared) return;
    let current = true;
    const unwatch = watch(prepared.id, (delivery) => {
      if (!current) return;
      if (delivery.kind === 'retrying') {
        setFailedOnce(true);
        if (delivery.persisted) onQueuedRef.current?.();
      } else if (delivery.kind === 'stored') {
        preparedRef.current = null;
        const model = modelRef.current;
        modelRef.current = null;
        model?.dispose();
        removeDraft(storage, draftKeyRef.current);
        setPhase({ kind: 'thanks' });
        onStoredRef.current?.();
      } else {
        preparedRef.current = null;
        refusedIdRef.current = prepared.id;
        setPhase({ kind: 'rejected', rejection: delivery.rejection });
      }
    });
    const chosenMode = mode;
    void enqueue(prepared, {
      shared: sharedDevice,
      ...(storage && chosenMode ? { draft: { key: draftKeyRef.current, mode: chosenMode, ...(choicesRef.current ?? {}) } } : {}),
    }).then(({ persisted }) => {
      if (!current) return;
      setQueuedOnDevice(persisted);
      // The outbox has the finished answers now: the draft has done its job.
      if (persisted) removeDraft(storage, draftKeyRef.current);
    });
    return () => {
      current = false;
      unwatch();
    };
    // `mode`, `storage` and `sharedDevice` cannot change while a response is being sent.
  }, [phase]);

  const runtime = useSurveyRuntime();
  // The words of the language the child has chosen, fetched as they choose it (or found to be
  // out of reach: the survey then goes ahead with them in English).
  const { language } = usePreferences();
  const [languageSettled, setLanguageSettled] = useState<string>('en');
  useEffect(() => {
    let current = true;
    void loadLanguage(language).then(() => current && setLanguageSettled(language));
    return () => {
      current = false;
    };
  }, [language]);

  // The model is made while the start screen shows (most of the work of starting: the first one
  // a page makes takes a fifth of a second on a slow phone), so pressing Start only applies the
  // child's choices and draws the first page.
  const [prepared, setPrepared] = useState<Model | null>(null);
  const unstartedRef = useRef<Model | null>(null);
  unstartedRef.current = prepared;
  const definition = instrument.state.kind === 'ok' ? instrument.state.value.definition : null;
  useEffect(() => {
    if (phase.kind !== 'start' || unstartedRef.current || !definition || runtime.kind !== 'ready') return;
    const model = runtime.runtime.prepareSurveyModel(definition, wave.council.advocacyService);
    unstartedRef.current = model;
    setPrepared(model);
  }, [phase.kind, prepared, definition, runtime, wave.council.advocacyService]);
  // A prepared model that was never started goes with the session (and, in development's double
  // mount, is made again rather than used disposed).
  useEffect(
    () => () => {
      const unstarted = unstartedRef.current;
      unstartedRef.current = null;
      unstarted?.dispose();
      setPrepared(null);
    },
    [],
  );

  const readiness: InstrumentReadiness =
    instrument.state.kind !== 'ok'
      ? instrument.state.kind
      : runtime.kind === 'failed'
        ? 'unavailable'
        : prepared !== null && languageSettled === language
          ? 'ready'
          : 'loading';

  // Once the questions are here, this survey can open again with no connection.
  const loaded = instrument.state.kind === 'ok' ? instrument.state.value : null;
  useEffect(() => {
    if (!loaded) return;
    void loadWave(wave.slug).then((info) => {
      if (info.kind !== 'ok') return;
      keepForOffline([
        [wavePath(wave.slug), info.value],
        [instrumentPath(loaded.id, loaded.version), loaded],
      ]);
    });
  }, [loaded, wave.slug]);

  /** Saves the answers so far on this device after every change, so a closed page can carry on. */
  const keepDrafts = (model: Model, chosenMode: ResponseMode) => {
    if (!storage) return;
    const save = () => {
      if (model.state === 'completed') return;
      const draft: Draft = {
        mode: chosenMode,
        data: model.data as Record<string, unknown>,
        page: model.currentPageNo,
        savedOn: localIsoDate(),
        ...(choicesRef.current ?? {}),
      };
      setKeptOnDevice(writeDraft(storage, draftKeyRef.current, draft));
    };
    model.onValueChanged.add(save);
    model.onCurrentPageChanged.add(save);
  };

  const start = (draft: Draft | null = null) => {
    if (instrument.state.kind !== 'ok' || runtime.kind !== 'ready') return;
    const chosenMode = draft?.mode ?? mode;
    if (chosenMode === null) return;
    const version = instrument.state.value;
    const model = prepared ?? runtime.runtime.prepareSurveyModel(version.definition, wave.council.advocacyService);
    unstartedRef.current = null;
    setPrepared(null);
    const choices = surveyPreferences(band);
    choicesRef.current = choices;
    runtime.runtime.beginSurvey(model, { instrument: version.id, ...choices });
    if (draft) {
      model.data = draft.data;
      const lastPage = Math.max(0, model.visiblePageCount - 1);
      model.currentPageNo = Math.min(draft.page, lastPage);
      setMode(chosenMode);
    }
    keepDrafts(model, chosenMode);
    const send = (answers: Record<string, unknown>) => {
      // A new id for each completion; every retry of this completion reuses it.
      const code = codeRef.current;
      preparedRef.current = prepareResponse({
        id: makeUuid(),
        wave: wave.slug,
        instrument: version.id,
        version: version.version,
        mode: chosenMode,
        answers,
        ...(code ? { access: { code } } : {}),
      });
      // A response refused earlier (now replaced by this one) leaves the device.
      if (refusedIdRef.current) void discard(refusedIdRef.current);
      refusedIdRef.current = null;
      setFailedOnce(false);
      setQueuedOnDevice(false);
      setPhase({ kind: 'sending' });
    };
    model.onComplete.add((sender) => send(sender.data as Record<string, unknown>));
    resendRef.current = () => {
      const current = modelRef.current;
      if (current) send(current.data as Record<string, unknown>);
    };
    modelRef.current?.dispose();
    modelRef.current = model;
    setResumable(null);
    setPhase({ kind: 'answering' });
  };

  // The survey chunk is fetched once per page; a browser may not fetch a failed module again, so
  // if that is what failed, a reload is the retry.
  const reload = runtime.kind === 'failed' ? () => window.location.reload() : instrument.reload;

  /** Clears the answers kept on this device and goes back to the start screen. */
  const startAgain = () => {
    removeDraft(storage, draftKeyRef.current);
    const model = modelRef.current;
    modelRef.current = null;
    model?.dispose();
    resendRef.current = null;
    setResumable(null);
    setMode(initialMode);
    setPhase({ kind: 'start' });
  };

  const backToAnswers = (rejection: Rejection) => {
    const model = modelRef.current;
    if (!model) return;
    model.clear(false, true);
    const first = rejection.problems
      .map((p) => model.getQuestionByName(p.question))
      .find((q) => q !== null && q !== undefined && q.isVisible);
    if (first) model.currentPage = first.page;
    setPhase({ kind: 'answering' });
  };

  switch (phase.kind) {
    case 'start':
      if (resumable) {
        return (
          <ResumeOffer
            title={pinned.title}
            localisedTitle={instrument.state.kind === 'ok' ? instrument.state.value.definition.title : undefined}
            councilName={wave.council.name}
            refusal={resumable.refusal}
            readiness={readiness}
            onReload={reload}
            onCarryOn={() => start(resumable)}
            onStartAgain={startAgain}
          />
        );
      }
      return (
        <StartScreen
          band={band}
          asksMode={asksMode}
          title={pinned.title}
          councilName={wave.council.name}
          advocacyService={wave.council.advocacyService}
          mode={mode}
          onModeChange={setMode}
          readiness={readiness}
          onReload={reload}
          onStart={() => start()}
          definition={instrument.state.kind === 'ok' ? instrument.state.value.definition : undefined}
        />
      );
    case 'answering':
      return modelRef.current && runtime.kind === 'ready' ? (
        <runtime.runtime.SurveyFrame model={modelRef.current} label={pinned.title}>
          {storage && <StartAgain onStartAgain={startAgain} />}
        </runtime.runtime.SurveyFrame>
      ) : null;
    case 'sending':
      return (
        <SendingStatus
          failedOnce={failedOnce}
          keptOnDevice={queuedOnDevice}
          sharedDevice={sharedDevice}
          waiting={outbox.waiting}
          onRetryNow={retryNow}
        />
      );
    case 'rejected': {
      if (CODE_REFUSALS.has(phase.rejection.code) && fixedMode === undefined) {
        // The answers are kept: a child whose code was missing (a reload forgets it) or did not
        // work can give one now and send the same answers, instead of starting again.
        return (
          <CodeNeeded
            rejection={phase.rejection}
            slug={wave.slug}
            band={band}
            onCode={(code) => {
              codeRef.current = code;
              holdCode(wave.slug, band, code);
              resendRef.current?.();
            }}
          />
        );
      }
      const model = modelRef.current;
      const problems = phase.rejection.problems.map((p) => ({
        question: p.question,
        wording: model && runtime.kind === 'ready' ? runtime.runtime.questionWording(model, p.question) : p.question,
        message: p.message,
      }));
      return <SubmitError rejection={phase.rejection} problems={problems} onTryAgain={() => backToAnswers(phase.rejection)} />;
    }
    case 'thanks':
      if (!showThanks) return null;
      return (
        <ThankYou councilName={wave.council.name} advocacyService={wave.council.advocacyService} band={band} slug={wave.slug} />
      );
  }
}
