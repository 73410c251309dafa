// Prints how well the privacy guard finds personal data in a labelled corpus.
// Usage: tsx scripts/privacy-eval.ts [corpus.json] [--mistakes]
import { readFileSync } from 'node:fs';
import { evaluateDetector, parseCorpus, type Score } from '../utils/privacy/evaluate-detector';
import { findPersonalData } from '../utils/privacy';

const args = process.argv.slice(2);
const corpusPath = args.find((arg) => !arg.startsWith('--')) ?? 'test/fixtures/privacy-corpus.json';
const corpus = parseCorpus(JSON.parse(readFileSync(corpusPath, 'utf8')));
const evaluation = evaluateDetector(corpus);

const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);
const row = (label: string, s: Score) =>
  `${label.padEnd(10)}${String(s.truePositives).padStart(5)}${String(s.falsePositives).padStart(5)}${String(s.falseNegatives).padStart(5)}  ${percent(s.precision)}  ${percent(s.recall)}  ${percent(s.f1)}`;

console.log(`Privacy detector on ${corpusPath} (${evaluation.sentences} sentences)`);
console.log(`${'kind'.padEnd(10)}${'TP'.padStart(5)}${'FP'.padStart(5)}${'FN'.padStart(5)}  ${'prec.'.padStart(7)}  ${'recall'.padStart(7)}  ${'F1'.padStart(7)}`);
for (const [kind, s] of Object.entries(evaluation.perKind)) console.log(row(kind, s));
console.log(row('total', evaluation.total));

// Speed on a realistic long text: the whole corpus joined (~20k characters), median of 25 runs.
const text = corpus.map((item) => item.text).join(' ');
const timings: number[] = [];
for (let run = 0; run < 30; run++) {
  const start = performance.now();
  findPersonalData(text);
  if (run >= 5) timings.push(performance.now() - start);
}
timings.sort((a, b) => a - b);
const median = timings[Math.floor(timings.length / 2)]!;
console.log(`speed: ${median.toFixed(2)} ms for ${text.length} characters (${((median / text.length) * 1000).toFixed(3)} ms per 1000)`);

if (args.includes('--mistakes')) {
  for (const m of evaluation.mistakes) console.log(`${m.type.padEnd(8)} ${m.kind.padEnd(8)} "${m.text}"  in: ${m.sentence}`);
}
