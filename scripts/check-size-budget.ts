// Fails when a built entry (side panel, options, background, embed) grows past its gzipped
// budget in size-budget.json; prints every entry either way. Runs after `npm run build`.
// Usage: tsx scripts/check-size-budget.ts [output dir]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatBytes, formatTable } from '../bench/bench-report';
import { OUTPUT_DIR, measureBuildSizes } from '../bench/sizes';

const budgets = (
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'size-budget.json'), 'utf8')) as {
    budgetsKB: Record<string, number>;
  }
).budgetsKB;
const entries = measureBuildSizes(process.argv[2] ?? OUTPUT_DIR);
if (!entries) {
  console.error('size budget: no build in .output/chrome-mv3; run `npm run build` first');
  process.exit(1);
}

const over: string[] = [];
const rows = entries.map((entry) => {
  const budget = budgets[entry.name];
  const fits = budget === undefined || entry.gzipBytes <= budget * 1024;
  if (!fits) over.push(`${entry.name}: ${formatBytes(entry.gzipBytes)} gzipped, budget ${budget} KB`);
  return [
    entry.name,
    formatBytes(entry.rawBytes),
    formatBytes(entry.gzipBytes),
    budget === undefined ? 'none' : `${budget} KB`,
    budget === undefined ? '' : fits ? 'ok' : 'OVER',
  ];
});
console.log(formatTable({ title: 'Size budget', header: ['entry', 'raw', 'gzipped', 'budget', ''], rows }));
for (const line of over) console.error(`size budget exceeded: ${line}`);
process.exit(over.length === 0 ? 0 : 1);
