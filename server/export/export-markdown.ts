import {
  SIGNAL_CATEGORY_LABELS,
  SIGNAL_EFFECT_LABELS,
  SIGNAL_FREQUENCY_LABELS,
  SIGNAL_STATUS_LABELS,
} from '../../utils/schemas/signal';
import { ROLE_LABELS } from '../../utils/schemas/roles';
import type { SignalGroup, TriageSignal } from '../../utils/schemas/triage';
import { describeStatuses } from '../../utils/triage/describe-statuses';
import { escapeMarkdown, escapeMarkdownInline } from './escape-markdown';

const DATE = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });

function day(iso: string): string {
  return DATE.format(new Date(iso));
}

function groupTable(group: SignalGroup): string[] {
  const rows: Array<[string, string]> = [
    ['Categorie', SIGNAL_CATEGORY_LABELS[group.category]],
    ...(group.rule === undefined ? [] : [['Regel', escapeMarkdownInline(group.rule)] as [string, string]]),
    ['Aantal signalen', String(group.count)],
    ['Eerst gezien', day(group.firstSeen)],
    ['Laatst gezien', day(group.lastSeen)],
    ['Laatste 30 dagen', `${group.trend.last30Days} (de 30 dagen daarvoor: ${group.trend.previous30Days})`],
    ['Status', describeStatuses(group.statuses)],
  ];
  return ['| Kenmerk | Waarde |', '| --- | --- |', ...rows.map(([label, value]) => `| ${label} | ${value} |`)];
}

function signalSection(signal: TriageSignal, position: number): string[] {
  const effects = signal.effects.map((effect) => SIGNAL_EFFECT_LABELS[effect]).join(', ');
  const lines = [
    `### ${position}. ${escapeMarkdownInline(signal.summary)}`,
    '',
    `- Datum: ${day(signal.createdAt)}`,
    `- Categorie: ${SIGNAL_CATEGORY_LABELS[signal.category]}`,
    ...(signal.rule === undefined ? [] : [`- Regel: ${escapeMarkdownInline(signal.rule)}`]),
    `- Gevolgen voor inwoners: ${effects === '' ? 'niet ingevuld' : effects}`,
    `- Hoe vaak: ${SIGNAL_FREQUENCY_LABELS[signal.frequency]}`,
    `- Gemeld door: ${ROLE_LABELS[signal.context.role]}, ${escapeMarkdownInline(signal.context.municipality || 'gemeente onbekend')} (${escapeMarkdownInline(signal.team)})`,
    `- Status: ${SIGNAL_STATUS_LABELS[signal.status]}`,
  ];
  if (signal.description !== '') lines.push('', escapeMarkdown(signal.description));
  if (signal.suggestion !== undefined) lines.push('', `**Voorstel:** ${escapeMarkdown(signal.suggestion)}`);
  if (signal.answer !== undefined) lines.push('', `**Antwoord aan de melder:** ${escapeMarkdown(signal.answer)}`);
  return [...lines, ''];
}

/**
 * A document the signaleringsconsulent hands to the policy adviser (Leeuwarden step c): what the
 * group is about and how often it recurs, then every signal in the group's own words.
 * No submitter keys: the adviser needs the problem, not who reported it.
 */
export function signalsToMarkdown(input: {
  title: string;
  group?: SignalGroup;
  signals: readonly TriageSignal[];
  generatedAt: Date;
}): string {
  const lines = [
    `# Signalen voor beleid: ${escapeMarkdownInline(input.title)}`,
    '',
    `Gemaakt op ${day(input.generatedAt.toISOString())} met de Komma-signaleninbox. ${input.signals.length} ${input.signals.length === 1 ? 'signaal' : 'signalen'}.`,
    '',
  ];
  if (input.group !== undefined) lines.push(...groupTable(input.group), '');
  lines.push('## Signalen', '');
  input.signals.forEach((signal, i) => lines.push(...signalSection(signal, i + 1)));
  return `${lines.join('\n').trimEnd()}\n`;
}
