import { useEffect, useRef } from 'preact/hooks';
import { ROLE_LABELS } from '../utils/schemas/roles';
import { useApp } from './AppContext';
import { AreaTabs, panelId, tabId } from './AreaTabs';
import { ConsequenceCheckArea } from './ConsequenceCheckArea';
import { ConversationArea } from './ConversationArea';
import { KnowledgeArea } from './KnowledgeArea';
import { LazyArticleView } from './LazyArticleView';
import { RolePicker } from './RolePicker';
import { SettingsWarnings } from './SettingsWarnings';
import { SignalsArea } from './SignalsArea';
import { usePaintedMark } from './usePaintedMark';

// Every area stays in the first chunk: each is some role's first screen, and loading it on first
// use made those roles wait for a second chunk (Gesprek ~90 ms later on the 2-core bench machine).
function whenIdle(work: () => void): () => void {
  // Safari (the embed in a host page) has no requestIdleCallback.
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(work, 200);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(work);
  return () => cancelIdleCallback(handle);
}

/**
 * The whole Komma UI, the same in the extension side panel and in the embedded custom element.
 * `onClose` adds a close button where Komma can be collapsed (embedded in a host page).
 */
export function KommaPanel({ onClose }: { onClose?: () => void } = {}) {
  const { panel, services, signals } = useApp();
  const main = useRef<HTMLDivElement>(null);
  // The side panel is a document of its own; embedded, Komma sits inside the host's page, which
  // has its own <main> landmark and must keep the only one.
  const Main = services.shell === 'embed' ? 'div' : 'main';
  const settings = panel.settings.value;
  const municipality = settings?.values.municipality;
  const area = panel.area.value;

  useEffect(() => {
    void panel.init();
    const stopSignals = signals.start();
    const unsubscribe = services.settings.subscribe(() => void panel.reloadSettings());
    return () => {
      stopSignals();
      unsubscribe();
    };
  }, []);
  // Settings and role are known and the first area is on screen and takes input.
  usePaintedMark('komma:interactive', panel.loaded.value, () => ({ area: panel.area.value }));
  // An article is never the first screen; its code loads once the panel is ready, so opening one
  // seldom shows the loading state.
  useEffect(() => {
    if (panel.loaded.value) return whenIdle(() => void LazyArticleView.preload());
  }, [panel.loaded.value]);

  if (!panel.loaded.value) {
    return (
      <div class="komma-panel komma-theme">
        <p class="utrecht-paragraph komma-main" role="status">
          Komma wordt geladen…
        </p>
      </div>
    );
  }

  return (
    <div class="komma-panel komma-theme">
      <header class="komma-header">
        <p class="komma-header__title">Komma{municipality ? <small> · {municipality}</small> : null}</p>
        {panel.role.value && !panel.choosingRole.value && (
          <button
            type="button"
            class="utrecht-button utrecht-button--subtle"
            onClick={() => panel.startChoosingRole()}
            aria-label={`Rol: ${ROLE_LABELS[panel.role.value]}. Wissel rol`}
          >
            {ROLE_LABELS[panel.role.value]} ▾
          </button>
        )}
        {panel.role.value && !panel.choosingRole.value && (
          <button
            type="button"
            class="utrecht-button utrecht-button--subtle"
            title="Meld dat een regel of werkwijze knelt"
            onClick={() => panel.startSignal({ kind: 'general' })}
          >
            Signaal
          </button>
        )}
        {services.openSettings && (
          <button
            type="button"
            class="utrecht-button utrecht-button--subtle"
            onClick={() => services.openSettings?.()}
            aria-label="Instellingen"
            title="Instellingen"
          >
            <span aria-hidden="true">⚙</span>
          </button>
        )}
        {onClose && (
          <button type="button" class="utrecht-button utrecht-button--subtle" onClick={onClose} aria-label="Komma sluiten">
            Sluiten
          </button>
        )}
      </header>
      {panel.loadError.value && (
        <div class="utrecht-alert utrecht-alert--error" role="alert">
          <p class="utrecht-paragraph">Komma kon de instellingen niet laden: {panel.loadError.value}</p>
        </div>
      )}
      {panel.choosingRole.value ? (
        <Main class="komma-main" ref={main}>
          <RolePicker
            initial={panel.role.value ?? panel.suggestedRole.value}
            onChoose={(role) => void panel.chooseRole(role)}
            onCancel={panel.role.value ? () => panel.cancelChoosingRole() : undefined}
          />
        </Main>
      ) : (
        <>
          <AreaTabs current={area} onSelect={(next) => panel.openArea(next)} news={{ signalen: signals.unseen.value }} />
          <Main class="komma-main" ref={main}>
            <div id={panelId(area)} role="tabpanel" aria-labelledby={tabId(area)}>
              {settings && <SettingsWarnings warnings={settings.warnings} />}
              <AreaContent />
            </div>
          </Main>
        </>
      )}
    </div>
  );
}

function AreaContent() {
  const { panel } = useApp();
  switch (panel.area.value) {
    case 'kennisbank':
      return <KnowledgeArea />;
    case 'gesprek':
      return <ConversationArea />;
    case 'handhaving':
      return <ConsequenceCheckArea />;
    case 'signalen':
      return <SignalsArea />;
  }
}
