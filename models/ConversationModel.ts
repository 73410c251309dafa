import { computed, createModel, signal } from '@preact/signals';
import { buildFollowUpSummary } from '../utils/checklists/build-follow-up-summary';
import { localIsoDate } from '../utils/knowledge/review-status';
import { openItemsAt, type OpenItems } from '../utils/checklists/open-items';
import type { LabelledText } from '../utils/checklists/personal-data-warning';
import {
  agreementSchema,
  CHECKLIST_STATE_VERSION,
  type AgreementParty,
  type ContactRoute,
  type ConversationAnswer,
  type ConversationChecklist,
  type ConversationState,
} from '../utils/schemas/checklist';
import type { KommaServices } from './services';
import { createChecklistSession } from './checklist-session';

export const MAX_AGREEMENTS = 20;

export interface AgreementInput {
  what: string;
  who: AgreementParty;
  /** The value of an `<input type="date">`: `YYYY-MM-DD`, or '' when nothing is picked. */
  due: string;
}

export type AgreementErrors = Partial<Record<'what' | 'due' | 'list', string>>;

function emptyState(checklist: ConversationChecklist): ConversationState {
  return {
    version: CHECKLIST_STATE_VERSION,
    kind: 'conversation',
    checklistId: checklist.id,
    answers: {},
    agreements: [],
  };
}

function newAgreementId(): string {
  return `a${crypto.randomUUID().replaceAll('-', '').slice(0, 20)}`;
}

/**
 * The Gesprek checklist in progress: answers per item, the agreements and the contact route. Lives
 * only in the session store, and is restored from there when the panel opens again.
 */
export const ConversationModel = createModel((services: KommaServices, checklist: ConversationChecklist) => {
  const definition = signal(checklist);
  const session = createChecklistSession(services, () => emptyState(checklist));
  const { update } = session;
  const { state } = session.model;

  const phase = computed(() => checklist.phases.find((p) => p.id === state.value.phase) ?? checklist.phases[0]!);
  const phaseIndex = computed(() => checklist.phases.indexOf(phase.value));
  const openItems = computed<Record<string, OpenItems>>(() =>
    Object.fromEntries(checklist.phases.map((p) => [p.id, openItemsAt(checklist, p.id, state.value.answers)])),
  );
  const contactRoute = computed<ContactRoute>(() => state.value.contactRoute ?? 'telefoon');
  const summary = computed(() =>
    buildFollowUpSummary({ agreements: state.value.agreements, contactRoute: contactRoute.value }),
  );
  const hasProgress = computed(() => Object.keys(state.value.answers).length > 0 || state.value.agreements.length > 0);
  /** What the user typed into the summary, for the privacy check when copying. */
  const typedTexts = computed<LabelledText[]>(() =>
    state.value.agreements.map((agreement, index) => ({ label: `Afspraak ${index + 1}`, text: agreement.what })),
  );

  function answer(itemId: string, value: ConversationAnswer) {
    update((current) => ({ ...current, answers: { ...current.answers, [itemId]: value } }));
  }

  function goToPhase(phaseId: string) {
    if (!checklist.phases.some((p) => p.id === phaseId)) return;
    update((current) => ({ ...current, phase: phaseId }));
  }

  function addAgreement(input: AgreementInput): AgreementErrors | undefined {
    const errors: AgreementErrors = {};
    if (input.what.trim().length < 2) errors.what = 'Beschrijf wat er moet gebeuren.';
    if (input.what.trim().length > 200) errors.what = 'Houd het kort: hoogstens 200 tekens.';
    if (input.due === '') errors.due = 'Kies een datum.';
    else if (input.due <= localIsoDate(services.now())) errors.due = 'Kies een datum na vandaag.';
    if (state.value.agreements.length >= MAX_AGREEMENTS) {
      errors.list = `U kunt hoogstens ${MAX_AGREEMENTS} afspraken noteren.`;
    }
    const agreement = { id: newAgreementId(), what: input.what.trim(), who: input.who, due: input.due };
    if (Object.keys(errors).length === 0 && !agreementSchema.safeParse(agreement).success) {
      errors.due = 'Kies een bestaande datum.';
    }
    if (Object.keys(errors).length > 0) return errors;
    update((current) => ({ ...current, agreements: [...current.agreements, agreement] }));
    return undefined;
  }

  function removeAgreement(id: string) {
    update((current) => ({ ...current, agreements: current.agreements.filter((agreement) => agreement.id !== id) }));
  }

  function setContactRoute(route: ContactRoute) {
    update((current) => ({ ...current, contactRoute: route }));
  }

  async function copySummary() {
    await session.copy(summary.value, typedTexts.value);
  }

  return {
    ...session.model,
    definition,
    phase,
    phaseIndex,
    openItems,
    contactRoute,
    summary,
    hasProgress,
    typedTexts,
    answer,
    goToPhase,
    addAgreement,
    removeAgreement,
    setContactRoute,
    copySummary,
  };
});

export type ConversationModel = InstanceType<typeof ConversationModel>;
