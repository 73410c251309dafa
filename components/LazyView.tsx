import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { ComponentType, JSX } from 'preact';

/** A view whose code is loaded the first time it is shown (or asked for with `preload`). */
export interface LazyView<Props> {
  (props: Props): JSX.Element;
  /** True once the code is there and the view renders itself rather than its loading state. */
  readonly ready: ReadonlySignal<boolean>;
  /** Starts loading the code ahead of need; resolves when it is there. */
  preload(): Promise<void>;
}

/**
 * Wraps a dynamically imported view, so the side panel's first chunk holds only what the first
 * screen needs. The loading state is a polite status; Dutch texts come from the caller. (The embed
 * is one script; there the import is bundled in and resolves at once.)
 */
export function lazyView<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  texts: { loading: string; failed: string },
): LazyView<Props> {
  const view = signal<ComponentType<Props> | undefined>(undefined);
  const failed = signal(false);
  let loading: Promise<void> | undefined;

  function preload(): Promise<void> {
    loading ??= load().then(
      (component) => {
        view.value = component;
      },
      (error: unknown) => {
        // A chunk that cannot be read (the extension was updated under an open panel) stays
        // unreadable in this document; reopening the panel loads the new files.
        console.error('Komma could not load a view', error);
        failed.value = true;
      },
    );
    return loading;
  }

  function Lazy(props: Props) {
    const View = view.value;
    if (View) return <View {...props} />;
    // Started while rendering, not from an effect: effects wait for the next frame.
    void preload();
    if (failed.value) {
      return (
        <div class="utrecht-alert utrecht-alert--error" role="alert">
          <p class="utrecht-paragraph">{texts.failed} Sluit het paneel en open het opnieuw.</p>
        </div>
      );
    }
    return (
      <p class="utrecht-paragraph" role="status">
        {texts.loading}
      </p>
    );
  }

  return Object.assign(Lazy, { ready: computed(() => view.value !== undefined), preload });
}
