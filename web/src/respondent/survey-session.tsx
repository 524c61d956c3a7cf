import { useEffect, useRef, useState } from 'react';
import type { AgeBand } from '@you-said/surveys';
import type { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import { loadInstrument, type PublicWave, type WaveBand } from '../api.ts';
import { asksWhoIsWithYou } from '../bands.ts';
import { holdCode } from '../held-code.ts';
import { useLeaveGuard } from '../navigation.ts';
import { prepareResponse, type PreparedResponse, type ResponseMode } from '../response-body.ts';
import { startSending, type Sending } from '../send-response.ts';
import type { Rejection } from '../submit-outcome.ts';
import { useRemote } from '../use-remote.ts';
import { makeUuid } from '../uuid.ts';
import { CodeNeeded } from './code-needed.tsx';
import { HelpLine } from './help-now.tsx';
import { SendingStatus } from './sending-status.tsx';
import { StartScreen, type InstrumentReadiness } from './start-screen.tsx';
import { SubmitError } from './submit-error.tsx';
import { createSurveyModel, questionWording } from './survey-model.ts';
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
}

/**
 * One child's run through their band's instrument: start screen, questions, sending, thanks.
 *
 * The answers live only in the survey-core model (a ref) and, once sent, in the prepared body
 * (a ref), never in React state or browser storage; both are dropped once the server has
 * stored them.
 */
export function SurveySession(props: SurveySessionProps) {
  const { wave, band, pinned, fixedMode, accessCode = null, onStored, showThanks = true, onPhaseChange } = props;
  const instrument = useRemote(`${pinned.id}@${pinned.version}`, (signal) => loadInstrument(pinned.id, pinned.version, signal));
  const [phase, setPhase] = useState<Phase>({ kind: 'start' });
  const asksMode = fixedMode === undefined && asksWhoIsWithYou(band);
  // The youngest children always answer with a grown-up reading aloud, so they are not asked.
  const [mode, setMode] = useState<ResponseMode | null>(fixedMode ?? (asksMode ? null : 'with_adult'));
  const onStoredRef = useRef(onStored);
  onStoredRef.current = onStored;
  // The code goes with the answers; it can also be given after a refusal (see CodeNeeded).
  const codeRef = useRef(accessCode);

  useEffect(() => {
    onPhaseChange?.(phase.kind);
  }, [phase.kind, onPhaseChange]);
  const [failedOnce, setFailedOnce] = useState(false);
  const modelRef = useRef<Model | null>(null);
  const preparedRef = useRef<PreparedResponse | null>(null);
  const sendingRef = useRef<Sending | null>(null);
  const resendRef = useRef<(() => void) | null>(null);

  useLeaveGuard(phase.kind === 'answering' || phase.kind === 'sending' || phase.kind === 'rejected' ? LEAVE_WARNING[phase.kind] : null);

  useEffect(
    () => () => {
      modelRef.current?.dispose();
      modelRef.current = null;
      preparedRef.current = null;
      resendRef.current = null;
    },
    [],
  );

  // Each new 'sending' phase object is one completion: send it until stored or refused.
  useEffect(() => {
    const prepared = preparedRef.current;
    if (phase.kind !== 'sending' || !prepared) return;
    let current = true;
    const sending = startSending(prepared, {
      onProgress: (progress) => {
        if (progress.kind === 'waiting') setFailedOnce(true);
      },
    });
    sendingRef.current = sending;
    void sending.result.then((result) => {
      if (!current) return;
      preparedRef.current = null;
      if (result.kind === 'stored') {
        const model = modelRef.current;
        modelRef.current = null;
        model?.dispose();
        setPhase({ kind: 'thanks' });
        onStoredRef.current?.();
      } else if (result.kind === 'rejected') {
        setPhase({ kind: 'rejected', rejection: result.rejection });
      }
    });
    return () => {
      current = false;
      sending.stop();
      sendingRef.current = null;
    };
  }, [phase]);

  const readiness: InstrumentReadiness = instrument.state.kind === 'ok' ? 'ready' : instrument.state.kind;

  const start = () => {
    if (instrument.state.kind !== 'ok' || mode === null) return;
    const version = instrument.state.value;
    const chosenMode = mode;
    const model = createSurveyModel(version.definition, wave.council.advocacyService);
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
      setFailedOnce(false);
      setPhase({ kind: 'sending' });
    };
    model.onComplete.add((sender) => send(sender.data as Record<string, unknown>));
    resendRef.current = () => {
      const current = modelRef.current;
      if (current) send(current.data as Record<string, unknown>);
    };
    modelRef.current?.dispose();
    modelRef.current = model;
    setPhase({ kind: 'answering' });
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
          onReload={instrument.reload}
          onStart={start}
        />
      );
    case 'answering':
      return modelRef.current ? <SurveyFrame model={modelRef.current} label={pinned.title} /> : null;
    case 'sending':
      return <SendingStatus failedOnce={failedOnce} onRetryNow={() => sendingRef.current?.retryNow()} />;
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
        wording: model ? questionWording(model, p.question) : p.question,
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

/** The questions. The frame takes focus so a screen reader starts at the survey, not the page top. */
function SurveyFrame({ model, label }: { model: Model; label: string }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
    document.title = `${label} – You Said`;
  }, [label]);
  return (
    <>
      <section ref={ref} tabIndex={-1} aria-label={label} className="survey-frame" data-testid="survey">
        <Survey model={model} />
      </section>
      <HelpLine />
    </>
  );
}
