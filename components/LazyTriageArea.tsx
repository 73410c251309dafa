import { useEffect, useState } from 'preact/hooks';
import type { TriageModel } from '../models/TriageModel';
import type { TriageArea } from './TriageArea';

let loading: Promise<typeof TriageArea> | undefined;

/**
 * The Triage view, loaded the first time it is shown: only signaleringsconsulenten and
 * beleidsmedewerkers use it, so no one else downloads or parses it when the panel opens.
 * (The embed is one script; there the import is bundled in.)
 */
export function LazyTriageArea({ model }: { model: TriageModel }) {
  const [Area, setArea] = useState<typeof TriageArea | undefined>(undefined);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    loading ??= import('./TriageArea').then((module) => module.TriageArea);
    loading.then(
      (component) => live && setArea(() => component),
      () => {
        loading = undefined;
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, []);

  if (failed) {
    return (
      <div class="utrecht-alert utrecht-alert--error" role="alert">
        <p class="utrecht-paragraph">Komma kon de triage niet laden. Sluit het paneel en open het opnieuw.</p>
      </div>
    );
  }
  if (!Area) {
    return (
      <p class="utrecht-paragraph" role="status">
        Triage wordt geladen…
      </p>
    );
  }
  return <Area model={model} />;
}
