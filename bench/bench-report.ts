/** One table of `npm run bench`: the first column names the figure. */
export interface BenchTable {
  title: string;
  header: string[];
  rows: string[][];
  /** Lines printed under the table: how it was measured, what was skipped. */
  notes?: string[];
}

/** A figure held against the target the issue sets, for the closing summary. */
export interface TargetCheck {
  name: string;
  measured: number;
  unit: string;
  target: number;
  /** Whether the measured value must stay at or below the target, or reach it. */
  better: 'lower' | 'higher';
  note?: string;
}

/** What a benchmark area hands to the runner. */
export interface BenchReport {
  tables: BenchTable[];
  targets: TargetCheck[];
}

export function formatTable({ title, header, rows, notes = [] }: BenchTable): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  // Figures read best right-aligned; the first column is a label.
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [`== ${title}`, line(header), rule, ...rows.map(line), ...notes.map((note) => `   ${note}`)].join('\n');
}

/** Whether a target is met. */
export function targetMet({ measured, target, better }: TargetCheck): boolean {
  return better === 'lower' ? measured <= target : measured >= target;
}

export function formatNumber(value: number, digits = 0): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A duration in the unit that reads best: "0.42 ms", "18 ms", "2.31 s". */
export function formatMs(ms: number | undefined): string {
  if (ms === undefined || Number.isNaN(ms)) return '—';
  if (ms < 10) return `${formatNumber(ms, 2)} ms`;
  if (ms < 1000) return `${formatNumber(ms, 0)} ms`;
  return `${formatNumber(ms / 1000, 2)} s`;
}

export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return '—';
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, 1)} KB`;
  return `${formatNumber(bytes / 1024 / 1024, 2)} MB`;
}

/** "a / b" as a ratio column: "0.05×"; a dash when either is missing. */
export function formatRatio(a: number | undefined, b: number | undefined): string {
  if (a === undefined || b === undefined || b === 0 || Number.isNaN(a) || Number.isNaN(b)) return '—';
  const ratio = a / b;
  return `${ratio < 0.01 ? ratio.toExponential(1) : formatNumber(ratio, ratio < 10 ? 2 : 0)}×`;
}
