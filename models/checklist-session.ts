import { signal, type ReadonlySignal } from '@preact/signals';
import type { LabelledText } from '../utils/checklists/personal-data-warning';
import { restoreChecklistState } from '../utils/checklists/restore-checklist-state';
import { checklistStateSchema, type ChecklistState } from '../utils/schemas/checklist';
import { copyToClipboard, type CopyStatus } from './copy-to-clipboard';
import type { KommaServices } from './services';
import { createSessionDraft } from './session-draft';

export function checklistSessionKey(checklistId: string): string {
  return `komma.checklist.${checklistId}`;
}

/** What both checklist models expose the same way; they spread it into their own model. */
export interface ChecklistSessionModel<S extends ChecklistState> {
  state: ReadonlySignal<S>;
  /** False until the stored draft is read; the UI waits, so a restore never overwrites a fresh answer. */
  loaded: ReadonlySignal<boolean>;
  /** Why the progress could not be kept, in Dutch; the user must know before closing the panel. */
  saveProblem: ReadonlySignal<string | undefined>;
  /** The outcome of the last copy action. */
  copyStatus: ReadonlySignal<CopyStatus | undefined>;
  /** "Nieuw gesprek" / "Nieuwe afweging": back to the empty state, here and in the session store. */
  reset(): void;
  /** Resolves when every change so far is in the session store. */
  settled(): Promise<void>;
}

export interface ChecklistSession<S extends ChecklistState> {
  model: ChecklistSessionModel<S>;
  update(change: (current: S) => S): void;
  /** Copies a generated text, warning again about personal data in what the user typed. */
  copy(text: string, typed: readonly LabelledText[]): Promise<void>;
}

/**
 * The work-in-progress state of one checklist, kept in the session store on every change and read
 * back when the panel opens again. Only a state of the same kind and checklist id is taken back.
 */
export function createChecklistSession<S extends ChecklistState>(
  services: KommaServices,
  empty: () => S,
): ChecklistSession<S> {
  const initial = empty();
  const state = signal<S>(initial);
  const loaded = signal(false);
  const saveProblem = signal<string | undefined>(undefined);
  const copyStatus = signal<CopyStatus | undefined>(undefined);
  let touched = false;

  const draft = createSessionDraft<S>(services.session, checklistSessionKey(initial.checklistId), () => {
    saveProblem.value = 'Komma kon uw voortgang niet bewaren. Als u het paneel sluit, bent u de antwoorden kwijt.';
  });

  function isOurs(stored: ChecklistState | undefined): stored is S {
    return stored?.kind === initial.kind && stored.checklistId === initial.checklistId;
  }

  async function restore() {
    try {
      const stored = restoreChecklistState(await draft.load());
      if (!touched && isOurs(stored)) state.value = stored;
    } catch {
      // An unreadable store is the same as a fresh start; the first save reports the problem.
    } finally {
      loaded.value = true;
    }
  }

  void restore();

  return {
    model: {
      state,
      loaded,
      saveProblem,
      copyStatus,
      reset() {
        touched = true;
        state.value = empty();
        copyStatus.value = undefined;
        draft.clear();
      },
      settled: () => draft.settled(),
    },
    update(change) {
      touched = true;
      const next = change(state.value);
      state.value = next;
      // Checked before it is stored, so the session never holds a shape that restore would drop.
      if (checklistStateSchema.safeParse(next).success) draft.save(next);
    },
    copy: (text, typed) => copyToClipboard(services, text, typed, copyStatus),
  };
}
