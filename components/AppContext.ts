import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ReadonlySignal } from '@preact/signals';
import type { ConsequenceCheckModel } from '../models/ConsequenceCheckModel';
import type { ConversationModel } from '../models/ConversationModel';
import type { KnowledgeModel } from '../models/KnowledgeModel';
import type { PanelModel } from '../models/PanelModel';
import type { SignalsModel } from '../models/SignalsModel';
import type { TriageModel } from '../models/TriageModel';
import type { KommaServices } from '../models/services';

/** Everything a view may use, built once by the composition root (side panel or embed). */
export interface AppModels {
  services: KommaServices;
  panel: PanelModel;
  knowledge: KnowledgeModel;
  signals: SignalsModel;
  /** Triage for signaleringsconsulenten and beleidsmedewerkers; left out where a shell has none. */
  triage?: TriageModel;
  /** Gesprek, for the checklist of the pack in use; undefined when the pack has none. */
  conversation?: ReadonlySignal<ConversationModel | undefined>;
  /** Handhaving, for the consequence check of the pack in use; undefined when the pack has none. */
  consequenceCheck?: ReadonlySignal<ConsequenceCheckModel | undefined>;
}

export const AppContext = createContext<AppModels | undefined>(undefined);

export function useApp(): AppModels {
  const app = useContext(AppContext);
  if (!app) throw new Error('useApp() outside <AppContext.Provider>');
  return app;
}
