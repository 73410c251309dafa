import { useEffect, useRef } from 'preact/hooks';
import type { TriageModel } from '../models/TriageModel';
import { useApp } from './AppContext';
import { OpenSettingsButton } from './OpenSettingsButton';
import { TriageGroupList, groupButtonId } from './TriageGroupList';
import { TRIAGE_GROUP_HEADING_ID, TriageGroupView } from './TriageGroupView';

const ACCESS_TITLES = {
  forbidden: 'Dit token is alleen voor het versturen van signalen',
  unauthorized: 'De inbox herkent het token niet',
  'no-endpoint': 'Er is geen signalenontvanger ingesteld',
  unavailable: 'De inbox is nu niet bereikbaar',
} as const;

/**
 * Triage: what the signaleringsteam does with the signals. Whether this token may do it is
 * learned from the inbox itself (a 403 means "submit only"), never guessed from the role.
 */
export function TriageArea({ model }: { model: TriageModel }) {
  const { panel } = useApp();
  const sectionRef = useRef<HTMLElement>(null);
  const values = panel.settings.value?.values;
  const access = model.access.value;
  const problem = model.accessProblem.value;
  const configured = `${values?.signalEndpoint ?? ''}\n${values?.signalToken ?? ''}`;

  // Asks again when the address or token changes: a new token may have other rights.
  useEffect(() => {
    void model.loadGroups();
  }, [configured]);

  function backToList() {
    const key = model.openKey.value;
    model.close();
    // Back to where the user came from: the group's button in the list. Looked up inside the
    // section, not the document: embedded, Komma lives in a shadow root.
    requestAnimationFrame(() => {
      if (key) sectionRef.current?.querySelector<HTMLElement>(`#${CSS.escape(groupButtonId(key))}`)?.focus();
    });
  }

  let body;
  if (access === 'unknown') {
    body = (
      <p class="utrecht-paragraph" role="status">
        Komma vraagt de inbox om de signalen…
      </p>
    );
  } else if (access !== 'granted') {
    body = (
      <div class={`utrecht-alert utrecht-alert--${access === 'unavailable' ? 'error' : 'warning'}`} role="alert">
        <div class="komma-stack">
          <p class="utrecht-paragraph">
            <strong>{ACCESS_TITLES[access]}.</strong> {problem?.message}
          </p>
          {access === 'forbidden' && (
            <p class="utrecht-paragraph">U kunt wel zelf signalen versturen en volgen bij Mijn signalen.</p>
          )}
          <div class="komma-row">
            {access !== 'unavailable' && <OpenSettingsButton />}
            <button
              type="button"
              class="utrecht-button utrecht-button--secondary-action"
              onClick={() => void model.loadGroups()}
            >
              Opnieuw proberen
            </button>
          </div>
        </div>
      </div>
    );
  } else if (model.openKey.value) {
    body = <TriageGroupView model={model} onBack={backToList} />;
  } else {
    body = <TriageGroupList model={model} />;
  }

  // An open group's title is the heading of this section; otherwise "Triage" is.
  const groupOpen = access === 'granted' && model.openKey.value !== undefined;
  return (
    <section
      class="komma-stack"
      aria-labelledby={groupOpen ? TRIAGE_GROUP_HEADING_ID : 'komma-triage-heading'}
      ref={sectionRef}
    >
      {!groupOpen && (
        <h2 class="utrecht-heading-2" id="komma-triage-heading">
          Triage
        </h2>
      )}
      {body}
    </section>
  );
}
