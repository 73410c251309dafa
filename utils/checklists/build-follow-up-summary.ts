/**
 * The plain-language summary for the letter or message after a conversation: every action for
 * the inwoner under one heading, each with a concrete date, then what the gemeente does, then one
 * contact route (Heerlijk helder, criteria 25 and 26). The text holds no citizen data: the contact
 * line keeps placeholders the consultant fills in the letter.
 */
import type { Agreement, ContactRoute } from '../schemas/checklist';
import { formatDeadline, formatDutchDate } from './format-dutch-date';
import { upperFirst, withoutClosingPunctuation } from './tidy-text';

const CONTACT_LINES: Record<ContactRoute, string> = {
  telefoon: 'Bel [naam consulent] op [telefoonnummer].',
  'e-mail': 'Mail [naam consulent] via [e-mailadres].',
};

export interface FollowUpSummaryInput {
  agreements: readonly Agreement[];
  contactRoute: ContactRoute;
  /** ISO date of the conversation, when the letter should mention it. */
  conversationDate?: string;
}

function actionLines(agreements: readonly Agreement[]): string[] {
  return [...agreements]
    .sort((a, b) => a.due.localeCompare(b.due))
    .map((agreement) => `- ${upperFirst(withoutClosingPunctuation(agreement.what))} ${formatDeadline(agreement.due)}.`);
}

export function buildFollowUpSummary({ agreements, contactRoute, conversationDate }: FollowUpSummaryInput): string {
  const forInwoner = agreements.filter((agreement) => agreement.who === 'inwoner');
  const forGemeente = agreements.filter((agreement) => agreement.who === 'gemeente');

  const thanks =
    conversationDate === undefined
      ? 'Bedankt voor het gesprek.'
      : `Bedankt voor het gesprek van ${formatDutchDate(conversationDate)}.`;
  const opening = `${thanks} Hieronder leest u wat we hebben afgesproken.`;

  const sections = [
    opening,
    ['Wat moet u doen?', ...(forInwoner.length > 0 ? actionLines(forInwoner) : ['U hoeft nu niets te doen.'])].join(
      '\n',
    ),
  ];
  if (forGemeente.length > 0) sections.push(['Wat doet de gemeente?', ...actionLines(forGemeente)].join('\n'));
  sections.push(
    `Heeft u een vraag, of lukt iets niet op tijd? ${CONTACT_LINES[contactRoute]} Dan zoeken we samen naar een oplossing.`,
  );
  return sections.join('\n\n');
}
