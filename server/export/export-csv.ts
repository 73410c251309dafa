import { stringify } from 'csv-stringify/sync';
import {
  SIGNAL_CATEGORY_LABELS,
  SIGNAL_EFFECT_LABELS,
  SIGNAL_FREQUENCY_LABELS,
  SIGNAL_STATUS_LABELS,
} from '../../utils/schemas/signal';
import type { TriageSignal } from '../../utils/schemas/triage';

const COLUMNS = [
  { key: 'id', header: 'id' },
  { key: 'datum', header: 'datum' },
  { key: 'ontvangen', header: 'ontvangen' },
  { key: 'categorie', header: 'categorie' },
  { key: 'samenvatting', header: 'wat gaat er mis' },
  { key: 'toelichting', header: 'toelichting' },
  { key: 'regel', header: 'regel' },
  { key: 'gevolgen', header: 'gevolgen voor inwoners' },
  { key: 'hoeVaak', header: 'hoe vaak' },
  { key: 'voorstel', header: 'voorstel' },
  { key: 'rol', header: 'rol' },
  { key: 'gemeente', header: 'gemeente' },
  { key: 'team', header: 'team' },
  { key: 'status', header: 'status' },
  { key: 'antwoord', header: 'antwoord' },
  { key: 'kennisartikel', header: 'kennisartikel' },
  { key: 'groep', header: 'groep' },
] as const;

type CsvRow = Record<(typeof COLUMNS)[number]['key'], string>;

/**
 * CSV for the policy adviser's spreadsheet. Semicolons and a byte-order mark because Dutch Excel
 * expects both; every cell starting with = + - @ (or a tab or return) is prefixed with a quote so
 * a signal's text can never run as a formula (csv-stringify's escape_formulas).
 */
export function signalsToCsv(signals: readonly TriageSignal[], groupKeyOf: (id: string) => string | undefined): string {
  const rows = signals.map(
    (signal): CsvRow => ({
      id: signal.id,
      datum: signal.createdAt,
      ontvangen: signal.receivedAt,
      categorie: SIGNAL_CATEGORY_LABELS[signal.category],
      samenvatting: signal.summary,
      toelichting: signal.description,
      regel: signal.rule ?? '',
      gevolgen: signal.effects.map((effect) => SIGNAL_EFFECT_LABELS[effect]).join(', '),
      hoeVaak: SIGNAL_FREQUENCY_LABELS[signal.frequency],
      voorstel: signal.suggestion ?? '',
      rol: signal.context.role,
      gemeente: signal.context.municipality,
      team: signal.team,
      status: SIGNAL_STATUS_LABELS[signal.status],
      antwoord: signal.answer ?? '',
      kennisartikel: signal.articleId ?? '',
      groep: groupKeyOf(signal.id) ?? '',
    }),
  );
  return stringify(rows, {
    header: true,
    columns: COLUMNS.map((column) => ({ key: column.key, header: column.header })),
    delimiter: ';',
    bom: true,
    record_delimiter: 'windows',
    escape_formulas: true,
  });
}
