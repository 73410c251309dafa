import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from './AppContext';
import { MySignals } from './MySignals';
import { SignalForm } from './SignalForm';
import { SignalsNav, type SignalsView } from './SignalsNav';
import { LazyTriageArea } from './LazyTriageArea';

/** Signalen: report what stands in the way of a good outcome, and follow what becomes of it. */
export function SignalsArea() {
  const { panel, signals, triage } = useApp();
  const noticeRef = useRef<HTMLDivElement>(null);
  const source = panel.signalSource.value;
  const draft = signals.draft.value;
  const notice = signals.notice.value;
  const triages = triage?.eligible.value ?? false;
  // A signaleringsconsulent's work in this area is triage; everyone else comes to signal.
  const [view, setView] = useState<SignalsView>(panel.role.value === 'signaleringsconsulent' ? 'triage' : 'mine');
  const current: SignalsView = triages ? view : 'mine';

  // A signal started elsewhere (article, search, the header button) opens here with its context.
  // Text the user already typed is never thrown away for it.
  useEffect(() => {
    if (!source) return;
    const typed = draft && (draft.summary || draft.description || draft.suggestion);
    if (!typed) signals.openNew(source);
    panel.clearSignalSource();
    setView('mine');
  }, [source]);

  useEffect(() => {
    if (notice && !draft) noticeRef.current?.focus();
  }, [notice, draft]);

  return (
    <section class="komma-stack" aria-labelledby="komma-signals-heading">
      <h1 class="utrecht-heading-1" id="komma-signals-heading">
        Signalen
      </h1>
      {triages && <SignalsNav current={current} onSelect={setView} />}
      {current === 'triage' && triage ? (
        <LazyTriageArea model={triage} />
      ) : draft ? (
        <SignalForm model={signals} />
      ) : (
        <>
          {notice && (
            <div class="utrecht-alert utrecht-alert--ok" role="status" tabIndex={-1} ref={noticeRef}>
              <p class="utrecht-paragraph">{notice}</p>
            </div>
          )}
          <p class="utrecht-paragraph">
            Zit een regel, brief of werkwijze een goede uitkomst voor inwoners in de weg? Meld het in één zin. Het
            signaleringsteam verzamelt de signalen en laat u weten wat ermee gebeurt.
          </p>
          <button
            type="button"
            class="utrecht-button utrecht-button--primary-action"
            onClick={() => signals.openNew({ kind: 'general' })}
          >
            Nieuw signaal
          </button>
          <MySignals model={signals} />
        </>
      )}
    </section>
  );
}
