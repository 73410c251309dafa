import { describe, expect, it } from 'vitest';
import { makeSubmission } from '../../test/fixtures/signals';
import { csvCell, signalsToCsv, signalsToJson } from './export-signals';
import type { OutboxItem } from './outbox-item';

function item(overrides: Partial<OutboxItem['submission']> = {}, state: OutboxItem['state'] = 'delivered'): OutboxItem {
  const submission = makeSubmission(overrides);
  return { id: submission.id, submission, state, queuedAt: 0, attempts: 0, nextAttemptAt: 0 };
}

/** Splits our CSV (every cell quoted, ; between cells) back into rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i]!;
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      row.push(cell);
      cell = '';
    } else if (char === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (char !== '\r') cell += char;
  }
  return rows;
}

describe('signalsToCsv', () => {
  it('writes a header and one row per signal, with Dutch labels', () => {
    const rows = parseCsv(signalsToCsv([item({ category: 'lokaal-beleid', effects: ['geld', 'stress'] })]));
    expect(rows).toHaveLength(2);
    const record = Object.fromEntries(rows[0]!.map((name, index) => [name, rows[1]![index]]));
    expect(record.categorie).toBe('Lokaal beleid of verordening');
    expect(record.gevolgen).toBe('Geld, Stress');
    expect(record.verzending).toBe('Verzonden');
  });

  it('keeps quotes, semicolons and line breaks inside one cell', () => {
    const description = 'Hij zei: "dat kan niet"; en toen\nging het mis';
    const rows = parseCsv(signalsToCsv([item({ description })]));
    expect(rows[1]).toContain(description);
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    for (const attack of ['=HYPERLINK("http://evil.example","klik")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      const cell = csvCell(attack);
      expect(cell.startsWith(`"'`), attack).toBe(true);
    }
    const rows = parseCsv(signalsToCsv([item({ summary: '=cmd|" /C calc"!A0 werkt niet' })]));
    expect(rows[1]![3]).toBe(`'=cmd|" /C calc"!A0 werkt niet`);
    expect(csvCell('Gewone tekst - met streepje')).toBe('"Gewone tekst - met streepje"');
  });
});

describe('signalsToJson', () => {
  it('exports the exact submission plus its delivery state', () => {
    const one = item({ summary: 'De brief over giften is te moeilijk' }, 'rejected');
    const [row] = JSON.parse(signalsToJson([one])) as Array<Record<string, unknown>>;
    expect(row).toMatchObject({ ...one.submission, delivery: { state: 'rejected' } });
  });
});
