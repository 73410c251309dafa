import { useApp } from './AppContext';

/** "Instellingen openen", where the shell has a settings page (the extension; not the embed). */
export function OpenSettingsButton() {
  const { services } = useApp();
  if (!services.openSettings) return null;
  return (
    <button
      type="button"
      class="utrecht-button utrecht-button--secondary-action"
      onClick={() => services.openSettings?.()}
    >
      Instellingen openen
    </button>
  );
}
