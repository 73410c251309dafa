import type { Signal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { AppContext, type AppModels } from '../../components/AppContext';
import { KommaPanel } from '../../components/KommaPanel';

export type Placement = 'dock' | 'inline';

/**
 * What <komma-assistant> renders in its shadow root: a launcher while collapsed, the Komma panel
 * while open. The panel stays mounted when collapsed, so the area, search and open article are
 * still there when the user comes back.
 */
export function EmbedShell({
  models,
  open,
  placement,
  onOpenChange,
}: {
  models: AppModels;
  open: Signal<boolean>;
  placement: Signal<Placement>;
  onOpenChange: (open: boolean) => void;
}) {
  const launcher = useRef<HTMLButtonElement>(null);
  const dock = useRef<HTMLElement>(null);
  /** Where focus goes after the next open/close the user caused; a host toggling `open` moves none. */
  const focusAfterToggle = useRef<'dock' | 'launcher' | undefined>(undefined);
  const isOpen = open.value;

  useEffect(() => {
    const target = focusAfterToggle.current === 'dock' ? dock.current : focusAfterToggle.current === 'launcher' ? launcher.current : null;
    focusAfterToggle.current = undefined;
    target?.focus();
  }, [isOpen]);

  return (
    <div class={`komma-embed komma-theme${placement.value === 'inline' ? ' komma-embed--inline' : ''}`}>
      <button
        ref={launcher}
        type="button"
        class="komma-launcher"
        hidden={isOpen}
        onClick={() => {
          focusAfterToggle.current = 'dock';
          onOpenChange(true);
        }}
      >
        Komma openen
      </button>
      <aside ref={dock} class="komma-dock" aria-label="Komma" hidden={!isOpen} tabIndex={-1}>
        <AppContext.Provider value={models}>
          <KommaPanel
            onClose={() => {
              focusAfterToggle.current = 'launcher';
              onOpenChange(false);
            }}
          />
        </AppContext.Provider>
      </aside>
    </div>
  );
}
