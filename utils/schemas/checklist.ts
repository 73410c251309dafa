/**
 * Checklist definitions (data that municipalities may adapt, shipped in the knowledge pack) and the
 * work-in-progress state a user builds while working through one. Messages are Dutch because content
 * authors read them in `npm run kb -- validate`.
 */
import { z } from '../zod';
import { isoDateSchema } from './article';

/** Bump when a definition file needs a different shape; old packs are then rejected, not misread. */
export const CHECKLIST_SCHEMA_VERSION = 1;
/** Bump when the stored work-in-progress shape changes, and teach `restoreChecklistState` the old one. */
export const CHECKLIST_STATE_VERSION = 1;

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const idSchema = z.string().regex(kebabCase, 'gebruik alleen kleine letters, cijfers en streepjes (kebab-case)');
const titleSchema = z.string().trim().min(3, 'te kort').max(80, 'maximaal 80 tekens');
/** Checklist science: a label is read at a glance, so it stays short; the parser warns above 8 words. */
const labelSchema = z.string().trim().min(3, 'te kort').max(80, 'maximaal 80 tekens: houd het label kort');
const whySchema = z
  .string()
  .trim()
  .min(10, 'schrijf een tot drie korte zinnen')
  .max(400, 'maximaal 400 tekens: een tot drie korte zinnen');
const articleIdsSchema = z.array(idSchema).default([]);
const sourceSchema = z.string().trim().min(3, 'te kort').max(300, 'maximaal 300 tekens').optional();

const definitionHeader = {
  schemaVersion: z.literal(CHECKLIST_SCHEMA_VERSION, `deze versie van Komma leest versie ${CHECKLIST_SCHEMA_VERSION}`),
  id: idSchema,
  title: titleSchema,
  intro: z.string().trim().min(10).max(600, 'maximaal 600 tekens').optional(),
  owner: z.string().trim().min(2, 'noem het team dat deze lijst bijhoudt'),
  reviewed: isoDateSchema,
};

// ---------------------------------------------------------------------------------------------
// Conversation checklist (gesprek)

/** Conversation items are answered, not ticked (Degani & Wiener: state the value, not "checked"). */
export const CONVERSATION_ANSWERS = ['gedaan', 'nvt', 'nog-doen'] as const;
export const conversationAnswerSchema = z.enum(CONVERSATION_ANSWERS);
export type ConversationAnswer = z.infer<typeof conversationAnswerSchema>;

export const CONVERSATION_ANSWER_LABELS: Record<ConversationAnswer, string> = {
  gedaan: 'Gedaan',
  nvt: 'Niet van toepassing',
  'nog-doen': 'Nog doen',
};

/** Extra input a phase offers below its items. */
export const PHASE_TOOLS = ['agreements', 'follow-up-summary'] as const;

/** What every conversation item and every consequence question has. */
const itemFields = {
  id: idSchema,
  label: labelSchema,
  /** The expandable "waarom": one to three B1 sentences. */
  why: whySchema,
  /** Knowledge article ids that explain the practice further. */
  articles: articleIdsSchema,
  /** Where the practice comes from, so an adapting municipality can check it. */
  source: sourceSchema,
};

export const checklistItemSchema = z.strictObject(itemFields);

export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const phaseSchema = z.strictObject({
  id: idSchema,
  title: titleSchema,
  /** The moment to stop and confirm this phase (Gawande's pause point), e.g. "Voordat het gesprek begint". */
  pausePoint: z.string().trim().min(5, 'beschrijf wanneer u even stilstaat').max(120, 'maximaal 120 tekens'),
  tool: z.enum(PHASE_TOOLS).optional(),
  items: z.array(checklistItemSchema).min(1, 'een fase heeft minstens één punt'),
});

export type Phase = z.infer<typeof phaseSchema>;

export const conversationChecklistSchema = z.strictObject({
  ...definitionHeader,
  kind: z.literal('conversation'),
  phases: z.array(phaseSchema).min(1, 'noem minstens één fase'),
});

export type ConversationChecklist = z.infer<typeof conversationChecklistSchema>;

// ---------------------------------------------------------------------------------------------
// Consequence check (handhaving)

export const CHECK_ANSWERS = ['ja', 'nee', 'onbekend'] as const;
export const checkAnswerSchema = z.enum(CHECK_ANSWERS);
export type CheckAnswer = z.infer<typeof checkAnswerSchema>;

/**
 * A condition over the answers and the chosen measure, used by rules and by `showIf`.
 * Exactly one form per object, so YAML stays readable and an author cannot mix meanings.
 */
export type Condition =
  | { question: string; equals: CheckAnswer }
  | { measureIn: string[] }
  | { allOf: Condition[] }
  | { anyOf: Condition[] }
  | { not: Condition };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union(
    [
      z.strictObject({ question: idSchema, equals: checkAnswerSchema }),
      z.strictObject({ measureIn: z.array(idSchema).min(1, 'noem minstens één maatregel') }),
      z.strictObject({ allOf: z.array(conditionSchema).min(1, 'noem minstens één voorwaarde') }),
      z.strictObject({ anyOf: z.array(conditionSchema).min(1, 'noem minstens één voorwaarde') }),
      z.strictObject({ not: conditionSchema }),
    ],
    {
      error:
        'een voorwaarde heeft één vorm: {question, equals}, {measureIn}, {allOf: [...]}, {anyOf: [...]} of {not: ...}',
    },
  ),
);

/** A rule, regulation or ruling the check cites. Rules and measures point here by id. */
export const legalHookSchema = z.strictObject({
  id: idSchema,
  /** How it is cited in a decision, e.g. "Awb art. 3:4 lid 2". */
  citation: z.string().trim().min(3).max(120, 'maximaal 120 tekens'),
  /** What it says, in one or two plain sentences. */
  gist: z.string().trim().min(10).max(400, 'maximaal 400 tekens'),
});

export type LegalHook = z.infer<typeof legalHookSchema>;

export const measureSchema = z.strictObject({
  id: idSchema,
  label: labelSchema,
  description: z.string().trim().min(10).max(300, 'maximaal 300 tekens'),
  /** The legal basis of the measure itself; cited in every weighing text for it. */
  hooks: z.array(idSchema).default([]),
});

export type Measure = z.infer<typeof measureSchema>;

/**
 * How the weighing text states an answer. `ja` and `nee` are full neutral sentences; `onbekend` is
 * an indirect question ("of er …") that follows "Nog uitzoeken:".
 */
const findingsSchema = z.strictObject({
  ja: z.string().trim().min(5).max(300, 'maximaal 300 tekens'),
  nee: z.string().trim().min(5).max(300, 'maximaal 300 tekens'),
  onbekend: z.string().trim().min(5).max(300, 'maximaal 300 tekens'),
});

const appliesToSchema = z.array(idSchema).min(1, 'noem minstens één maatregel, of laat appliesTo weg');

export const checkQuestionSchema = z.strictObject({
  ...itemFields,
  findings: findingsSchema,
  /** Measures this question matters for; absent means the group's measures. */
  appliesTo: appliesToSchema.optional(),
  /** Ask only when earlier answers make the question meaningful (no "do the children notice" without children). */
  showIf: conditionSchema.optional(),
});

export type CheckQuestion = z.infer<typeof checkQuestionSchema>;

export const checkGroupSchema = z.strictObject({
  id: idSchema,
  title: titleSchema,
  /** Measures this group matters for; absent means every measure. */
  appliesTo: appliesToSchema.optional(),
  questions: z.array(checkQuestionSchema).min(1, 'een groep heeft minstens één vraag'),
});

export type CheckGroup = z.infer<typeof checkGroupSchema>;

export const ruleSchema = z.strictObject({
  id: idSchema,
  /** A neutral noun phrase: the heading of the "let op" card and the line in the weighing text. */
  title: z.string().trim().min(5, 'te kort').max(100, 'maximaal 100 tekens'),
  when: conditionSchema,
  /** The advice under the "let op" card: why this needs attention and what to do. */
  message: z
    .string()
    .trim()
    .min(20, 'leg in een paar zinnen uit waarom dit aandacht vraagt')
    .max(600, 'maximaal 600 tekens'),
  hooks: z.array(idSchema).min(1, 'noem minstens één juridisch aanknopingspunt'),
  article: idSchema.optional(),
  source: sourceSchema,
});

export type Rule = z.infer<typeof ruleSchema>;

const reverseTestPromptSchema = z.strictObject({
  /** The question; the weighing text repeats it before the user's answer. */
  label: labelSchema,
  why: whySchema,
});

/** The omgekeerde toets: start from the household, then test against the purpose of the law. */
export const REVERSE_TEST_KEYS = ['purpose', 'effect', 'fitsLaw'] as const;
export type ReverseTestKey = (typeof REVERSE_TEST_KEYS)[number];

export const reverseTestSchema = z.strictObject({
  why: whySchema,
  articles: articleIdsSchema,
  purpose: reverseTestPromptSchema,
  effect: reverseTestPromptSchema,
  fitsLaw: reverseTestPromptSchema,
});

export const consequenceCheckSchema = z.strictObject({
  ...definitionHeader,
  kind: z.literal('consequence-check'),
  /** Hooks cited in every weighing text, whatever the measure (the proportionality test itself). */
  hooks: z.array(idSchema).default([]),
  measures: z.array(measureSchema).min(1, 'noem minstens één maatregel'),
  groups: z.array(checkGroupSchema).min(1, 'noem minstens één groep'),
  reverseTest: reverseTestSchema,
  legalHooks: z.array(legalHookSchema).default([]),
  rules: z.array(ruleSchema).default([]),
});

export type ConsequenceCheck = z.infer<typeof consequenceCheckSchema>;

export const checklistDefinitionSchema = z.discriminatedUnion(
  'kind',
  [conversationChecklistSchema, consequenceCheckSchema],
  { error: "gebruik 'conversation' (gesprek) of 'consequence-check' (handhaving)" },
);

export type ChecklistDefinition = z.infer<typeof checklistDefinitionSchema>;

// ---------------------------------------------------------------------------------------------
// Work-in-progress state, kept in session storage while the user works.
// Deliberately no field for a name, BSN, address or case number: the only free text is what the
// user types as a note, an agreement or an answer to the omgekeerde toets.

export const AGREEMENT_PARTIES = ['inwoner', 'gemeente'] as const;
export const agreementPartySchema = z.enum(AGREEMENT_PARTIES);
export type AgreementParty = z.infer<typeof agreementPartySchema>;

export const agreementSchema = z.strictObject({
  /** Local key for list rendering and editing; never shown. */
  id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
  /** The action, written the way the letter should say it, e.g. "Stuur de loonstroken van maart op". */
  what: z.string().trim().min(2, 'beschrijf wat er moet gebeuren').max(200, 'maximaal 200 tekens'),
  who: agreementPartySchema,
  /** A concrete date, never "binnen 30 dagen" (Heerlijk helder, criterion 26). */
  due: isoDateSchema,
});

export type Agreement = z.infer<typeof agreementSchema>;

/** How the letter tells the inwoner to get in touch; the text keeps placeholders, never a real number. */
export const CONTACT_ROUTES = ['telefoon', 'e-mail'] as const;
export const contactRouteSchema = z.enum(CONTACT_ROUTES);
export type ContactRoute = z.infer<typeof contactRouteSchema>;

export const conversationStateSchema = z.strictObject({
  version: z.literal(CHECKLIST_STATE_VERSION),
  kind: z.literal('conversation'),
  checklistId: idSchema,
  answers: z.record(idSchema, conversationAnswerSchema),
  agreements: z.array(agreementSchema).max(20, 'maximaal 20 afspraken'),
  /** The phase on screen, so reopening the panel lands where the user was (a phase id of the definition). */
  phase: idSchema.optional(),
  contactRoute: contactRouteSchema.optional(),
});

export type ConversationState = z.infer<typeof conversationStateSchema>;

export const CONCLUSIONS = ['doorgaan', 'doorgaan-met-aanpassing', 'afzien', 'voorleggen'] as const;
export const conclusionSchema = z.enum(CONCLUSIONS);
export type Conclusion = z.infer<typeof conclusionSchema>;

export const CONCLUSION_LABELS: Record<Conclusion, string> = {
  doorgaan: 'Doorgaan',
  'doorgaan-met-aanpassing': 'Doorgaan met aanpassing',
  afzien: 'Afzien',
  voorleggen: 'Voorleggen aan doorbraak- of maatwerkoverleg',
};

const freeTextSchema = z.string().max(1000, 'maximaal 1000 tekens');

/** The screens of the consequence check, in order: measure first, omgekeerde toets last, then the outcome. */
export const CHECK_STEPS = ['besluit', 'vragen', 'omgekeerde-toets', 'conclusie'] as const;
export const checkStepSchema = z.enum(CHECK_STEPS);
export type CheckStep = z.infer<typeof checkStepSchema>;

export const consequenceCheckStateSchema = z.strictObject({
  version: z.literal(CHECKLIST_STATE_VERSION),
  kind: z.literal('consequence-check'),
  checklistId: idSchema,
  /** The intended measure (a measure id of the definition); absent until the user picks one. */
  measure: idSchema.optional(),
  answers: z.record(idSchema, checkAnswerSchema),
  notes: z.record(idSchema, z.string().max(500, 'maximaal 500 tekens')),
  reverseTest: z.strictObject({ purpose: freeTextSchema, effect: freeTextSchema, fitsLaw: freeTextSchema }),
  conclusion: z.strictObject({ choice: conclusionSchema, explanation: freeTextSchema }).optional(),
  /** The step on screen, so reopening the panel lands where the user was. */
  step: checkStepSchema.optional(),
  /** Which screen of questions is open (see splitIntoParts); absent means the first. */
  questionPart: z.number().int().min(0).max(99).optional(),
});

export type ConsequenceCheckState = z.infer<typeof consequenceCheckStateSchema>;

export const checklistStateSchema = z.discriminatedUnion('kind', [
  conversationStateSchema,
  consequenceCheckStateSchema,
]);

export type ChecklistState = z.infer<typeof checklistStateSchema>;
