import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createKnowledgeSearch } from '../search/knowledge-search';
import { buildPack } from './build-pack';
import type { PackSource } from './pack-source-kinds';
import { parseKnowledgePack } from './parse-pack';
import { type Problem, formatProblem } from './problem';
import { DEFAULT_REVIEW_INTERVAL_MONTHS, localIsoDate } from './review-status';
import { type LoadedPackSources, loadPackSources } from './validate-pack';

/** Everything the kb command touches outside itself, so tests can run it in memory. */
export interface KbIo {
  stdout(line: string): void;
  stderr(line: string): void;
  /** Lines of standard input, read as they arrive. */
  stdinLines(): AsyncIterable<string> | Iterable<string>;
  readPackDir(dir: string): Promise<PackSource[]>;
  writeFile(path: string, text: string): Promise<void>;
  now(): Date;
}

const USAGE = `Gebruik: npm run kb -- <opdracht>

  validate <map>                                 controleer de artikelen in <map>
  build <map> --out <bestand> [--name N] [--version V]
                                                 maak een kennispakket (JSON)
  search <map> [zoekvraag] [--json] [--limit N]  zoek zoals het zijpaneel zoekt;
                                                 zonder zoekvraag: één vraag per regel
                                                 van standaardinvoer, één JSON-regel terug`;

const DEFAULT_LIMIT = 10;

function plural(amount: number, one: string, many: string): string {
  return `${amount} ${amount === 1 ? one : many}`;
}

function summarise(loaded: LoadedPackSources): string {
  const errors = loaded.problems.filter((problem) => problem.severity === 'error').length;
  const warnings = loaded.problems.length - errors;
  const checked = `${plural(loaded.articles.length, 'artikel', 'artikelen')}, ${plural(loaded.synonyms.length, 'synoniemgroep', 'synoniemgroepen')} en ${plural(loaded.checklists.length, 'checklist', 'checklists')} gelezen`;
  if (errors === 0 && warnings === 0) return `Alles in orde: ${checked}.`;
  return `${errors === 0 ? 'Geen fouten' : plural(errors, 'fout', 'fouten')}, ${plural(warnings, 'waarschuwing', 'waarschuwingen')}; ${checked}.`;
}

function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}

/** Runs `npm run kb -- <args>`; returns the exit code (0 fine, 1 invalid content, 2 wrong use). */
export async function runKb(args: readonly string[], io: KbIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        name: { type: 'string' },
        version: { type: 'string' },
        json: { type: 'boolean', default: false },
        limit: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, dir, ...rest] = positionals;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (command === undefined || dir === undefined || !['validate', 'build', 'search'].includes(command)) {
    io.stderr(USAGE);
    return 2;
  }

  let sources: PackSource[];
  try {
    sources = await io.readPackDir(dir);
  } catch (error) {
    io.stderr(`Kan de map '${dir}' niet lezen: ${(error as Error).message}`);
    return 2;
  }
  const today = localIsoDate(io.now());
  const loaded = loadPackSources(sources, { today, reviewIntervalMonths: DEFAULT_REVIEW_INTERVAL_MONTHS });

  if (command === 'validate') {
    for (const problem of loaded.problems) io.stdout(formatProblem(problem));
    io.stdout(summarise(loaded));
    return hasErrors(loaded.problems) ? 1 : 0;
  }

  if (command === 'build') {
    if (values.out === undefined) {
      io.stderr(`Geef met --out aan waar het pakket moet komen.\n\n${USAGE}`);
      return 2;
    }
    if (hasErrors(loaded.problems)) {
      for (const problem of loaded.problems) io.stderr(formatProblem(problem));
      io.stderr(`${summarise(loaded)} Er is geen pakket gemaakt.`);
      return 1;
    }
    const now = io.now();
    const pack = buildPack({
      name: values.name ?? basename(resolve(dir)),
      version: values.version ?? today,
      builtAt: now.toISOString(),
      articles: loaded.articles.map((entry) => entry.article),
      synonyms: loaded.synonyms,
      checklists: loaded.checklists,
    });
    // The same gate a downloaded pack passes, so a pack we build is one Komma will accept.
    const check = parseKnowledgePack(pack, { today });
    if (!check.pack) {
      for (const problem of check.problems) io.stderr(formatProblem(problem));
      io.stderr('Het gebouwde pakket voldoet niet aan het pakketformaat. Er is geen pakket gemaakt.');
      return 1;
    }
    await io.writeFile(values.out, `${JSON.stringify(pack)}\n`);
    io.stdout(
      `Kennispakket '${pack.name}' versie ${pack.version} geschreven naar ${values.out}: ${plural(pack.articles.length, 'artikel', 'artikelen')}, ${plural(pack.synonyms.length, 'eigen synoniemgroep', 'eigen synoniemgroepen')}, ${plural(pack.checklists.length, 'checklist', 'checklists')}.`,
    );
    return 0;
  }

  // search
  const limit = values.limit === undefined ? DEFAULT_LIMIT : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) {
    io.stderr('--limit moet een heel getal van 1 of meer zijn.');
    return 2;
  }
  if (hasErrors(loaded.problems)) {
    io.stderr(`Let op: ${summarise(loaded)} Artikelen met fouten doen niet mee.`);
  }
  const search = createKnowledgeSearch(
    loaded.articles.map((entry) => entry.article),
    { synonyms: loaded.synonyms },
  );
  const asJson = (query: string): string =>
    JSON.stringify({
      query,
      results: search
        .search(query, { limit })
        .map(({ id, title, score }) => ({ id, title, score: Math.round(score * 10_000) / 10_000 })),
    });

  if (rest.length > 0) {
    const query = rest.join(' ');
    if (values.json) {
      io.stdout(asJson(query));
      return 0;
    }
    const results = search.search(query, { limit });
    if (results.length === 0) io.stdout(`Geen resultaten voor '${query}'.`);
    results.forEach((result, index) => {
      io.stdout(
        `${index + 1}. ${result.title} (${result.id})  ${result.score.toFixed(3)}  gevonden op: ${result.matchedTerms.join(', ')}`,
      );
    });
    return 0;
  }
  for await (const line of io.stdinLines()) {
    const query = line.trim();
    if (query !== '') io.stdout(asJson(query));
  }
  return 0;
}
