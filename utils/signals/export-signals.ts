/**
 * "Mijn signalen" as a file the user keeps: JSON with everything, or CSV for a spreadsheet. CSV
 * uses semicolons (what Excel expects in a Dutch locale) and a BOM so accents survive.
 */
import {
  SIGNAL_CATEGORY_LABELS,
  SIGNAL_EFFECT_LABELS,
  SIGNAL_FREQUENCY_LABELS,
  SIGNAL_STATUS_LABELS,
} from '../schemas/signal';
import { DELIVERY_STATE_LABELS } from './delivery-state-labels';
import type { OutboxItem } from './outbox-item';

export function signalsToJson(items: OutboxItem[]): string {
  const rows = items.map((item) => ({
    ...item.submission,
    delivery: {
      state: item.state,
      queuedAt: new Date(item.queuedAt).toISOString(),
      deliveredAt: item.deliveredAt ? new Date(item.deliveredAt).toISOString() : undefined,
      problem: item.problem,
      replaces: item.replaces,
      replacedBy: item.replacedBy,
    },
    inbox: item.remote,
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}

const COLUMNS: Array<[string, (item: OutboxItem) => string]> = [
  ['id', (i) => i.id],
  ['gemaakt op', (i) => i.submission.createdAt],
  ['categorie', (i) => SIGNAL_CATEGORY_LABELS[i.submission.category]],
  ['wat gaat er mis', (i) => i.submission.summary],
  ['toelichting', (i) => i.submission.description],
  ['regel', (i) => i.submission.rule ?? ''],
  ['gevolgen', (i) => i.submission.effects.map((effect) => SIGNAL_EFFECT_LABELS[effect]).join(', ')],
  ['hoe vaak', (i) => SIGNAL_FREQUENCY_LABELS[i.submission.frequency]],
  ['suggestie', (i) => i.submission.suggestion ?? ''],
  ['aanleiding', (i) => i.submission.context.source.kind],
  ['aanleiding (verwijzing)', (i) => i.submission.context.source.ref ?? ''],
  ['rol', (i) => i.submission.context.role],
  ['gemeente', (i) => i.submission.context.municipality],
  ['versie Komma', (i) => i.submission.context.appVersion],
  ['verzending', (i) => DELIVERY_STATE_LABELS[i.state]],
  ['melding bij verzending', (i) => i.problem?.message ?? ''],
  ['status bij ontvanger', (i) => (i.remote ? SIGNAL_STATUS_LABELS[i.remote.status] : '')],
  ['antwoord', (i) => i.remote?.answer ?? ''],
];

/**
 * One CSV cell. Text that a spreadsheet would read as a formula (=, +, -, @, tab, carriage return
 * at the start) gets a leading apostrophe (OWASP "CSV Injection"); every cell is quoted.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

export function signalsToCsv(items: OutboxItem[]): string {
  const lines = [
    COLUMNS.map(([name]) => csvCell(name)).join(';'),
    ...items.map((item) => COLUMNS.map(([, read]) => csvCell(read(item))).join(';')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
