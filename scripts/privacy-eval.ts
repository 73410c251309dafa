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
console.log(
  `${'kind'.padEnd(10)}${'TP'.padStart(5)}${'FP'.padStart(5)}${'FN'.padStart(5)}  ${'prec.'.padStart(7)}  ${'recall'.padStart(7)}  ${'F1'.padStart(7)}`,
);
for (const [kind, s] of Object.entries(evaluation.perKind)) console.log(row(kind, s));
console.log(row('total', evaluation.total));

// Speed on realistic text: the corpus sentences joined, cut to the length of a long signal
// (3,000 characters) and whole (~19,000). Median of 100 runs after 100 warm-up runs.
const joined = corpus.map((item) => item.text).join(' ');
for (const text of [joined.slice(0, 3000), joined]) {
  const timings: number[] = [];
  for (let run = 0; run < 200; run++) {
    const start = performance.now();
    findPersonalData(text);
    if (run >= 100) timings.push(performance.now() - start);
  }
  timings.sort((a, b) => a - b);
  console.log(`speed: ${timings[50]!.toFixed(2)} ms (median) for ${text.length} characters`);
}

if (args.includes('--mistakes')) {
  for (const m of evaluation.mistakes)
    console.log(`${m.type.padEnd(8)} ${m.kind.padEnd(8)} "${m.text}"  in: ${m.sentence}`);
}
