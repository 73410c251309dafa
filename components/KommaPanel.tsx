import { useEffect, useRef } from 'preact/hooks';
import { ROLE_LABELS } from '../utils/schemas/roles';
import { useApp } from './AppContext';
import type { Area } from '../models/PanelModel';
import { AreaTabs, panelId, tabId } from './AreaTabs';
import { KnowledgeArea } from './KnowledgeArea';
import { LazyArticleView } from './LazyArticleView';
import { lazyView, type LazyView } from './LazyView';
import { RolePicker } from './RolePicker';
import { SettingsWarnings } from './SettingsWarnings';
import { usePaintedMark } from './usePaintedMark';

// The Kennisbank is in the first chunk; the other areas load when first shown, or when the browser
// is idle after the panel is interactive, so switching tabs seldom shows their loading state.
const ConversationArea = lazyView(() => import('./ConversationArea').then((module) => module.ConversationArea), {
  loading: 'Gesprek wordt geladen…',
  failed: 'Komma kon het gesprek niet laden.',
});
const ConsequenceCheckArea = lazyView(
  () => import('./ConsequenceCheckArea').then((module) => module.ConsequenceCheckArea),
  { loading: 'Handhaving wordt geladen…', failed: 'Komma kon de gevolgencheck niet laden.' },
);
const SignalsArea = lazyView(() => import('./SignalsArea').then((module) => module.SignalsArea), {
  loading: 'Signalen worden geladen…',
  failed: 'Komma kon de signalen niet laden.',
});
const LAZY_AREAS: Partial<Record<Area, LazyView<object>>> = {
  gesprek: ConversationArea,
  handhaving: ConsequenceCheckArea,
  signalen: SignalsArea,
};
/** Loaded once the panel is interactive: what a user may open next. */
const LOAD_WHEN_IDLE = [...Object.values(LAZY_AREAS), LazyArticleView];

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
  // Settings and role are known and the first area (not its loading state) is on screen and takes input.
  const interactive = panel.loaded.value && (panel.choosingRole.value || (LAZY_AREAS[area]?.ready.value ?? true));
  usePaintedMark('komma:interactive', interactive, () => ({ area: panel.area.value }));
  useEffect(() => {
    if (!interactive) return;
    return whenIdle(() => LOAD_WHEN_IDLE.forEach((view) => void view.preload()));
  }, [interactive]);

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
          <button
            type="button"
            class="utrecht-button utrecht-button--subtle"
            onClick={onClose}
            aria-label="Komma sluiten"
          >
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
          <AreaTabs
            current={area}
            onSelect={(next) => panel.openArea(next)}
            news={{ signalen: signals.unseen.value }}
          />
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
