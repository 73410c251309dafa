import { useEffect, useRef } from 'preact/hooks';
import { ROLE_LABELS } from '../utils/schemas/roles';
import { useApp } from './AppContext';
import { AreaTabs, panelId, tabId } from './AreaTabs';
import { ConsequenceCheckArea } from './ConsequenceCheckArea';
import { ConversationArea } from './ConversationArea';
import { EmptyArea } from './EmptyArea';
import { KnowledgeArea } from './KnowledgeArea';
import { RolePicker } from './RolePicker';
import { SettingsWarnings } from './SettingsWarnings';

/** The whole Komma UI, the same in the extension side panel and in the embedded custom element. */
export function KommaPanel() {
  const { panel, services } = useApp();
  const main = useRef<HTMLElement>(null);
  const settings = panel.settings.value;
  const municipality = settings?.values.municipality;
  const area = panel.area.value;

  useEffect(() => {
    void panel.init();
    return services.settings.subscribe(() => void panel.reloadSettings());
  }, []);

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
        {services.openSettings && (
          <button type="button" class="utrecht-button utrecht-button--subtle" onClick={() => services.openSettings?.()}>
            Instellingen
          </button>
        )}
      </header>
      {panel.loadError.value && (
        <div class="utrecht-alert utrecht-alert--error" role="alert">
          <p class="utrecht-paragraph">Komma kon de instellingen niet laden: {panel.loadError.value}</p>
        </div>
      )}
      {panel.choosingRole.value ? (
        <main class="komma-main" ref={main}>
          <RolePicker
            initial={panel.role.value ?? panel.suggestedRole.value}
            onChoose={(role) => void panel.chooseRole(role)}
            onCancel={panel.role.value ? () => panel.cancelChoosingRole() : undefined}
          />
        </main>
      ) : (
        <>
          <AreaTabs current={area} onSelect={(next) => panel.openArea(next)} />
          <main class="komma-main" ref={main}>
            <div id={panelId(area)} role="tabpanel" aria-labelledby={tabId(area)}>
              {settings && <SettingsWarnings warnings={settings.warnings} />}
              <AreaContent />
            </div>
          </main>
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
      return (
        <EmptyArea title="Signalen">
          <p class="utrecht-paragraph">
            Hier kunt u straks met één klik melden dat een regel of werkwijze een goede uitkomst in de weg zit.
            Versturen is nog niet mogelijk: er wordt nog niets opgeslagen of verstuurd.
          </p>
        </EmptyArea>
      );
  }
}
