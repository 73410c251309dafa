import { lazyView } from './LazyView';

/**
 * The Triage view, loaded the first time it is shown: only signaleringsconsulenten and
 * beleidsmedewerkers use it, so no one else downloads or parses it when the panel opens.
 */
export const LazyTriageArea = lazyView(() => import('./TriageArea').then((module) => module.TriageArea), {
  loading: 'Triage wordt geladen…',
  failed: 'Komma kon de triage niet laden.',
});
