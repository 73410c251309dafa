/**
 * Sizes of the built extension, per entry (side panel, options, background, embed), raw and
 * gzipped: what a browser downloads and parses when each opens. Reads `.output/` as
 * `npm run build` leaves it; deterministic, so the budget check in `npm test` uses it too.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BenchReport, formatBytes, formatNumber } from './bench-report';

export interface SizeEntry {
  name: string;
  /** Files counted, relative to the output directory. */
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

export const OUTPUT_DIR = join(import.meta.dirname, '..', '.output');

/** Same settings every run: sizes must not change unless the files do. */
const gzipSize = (content: Buffer | string): number => gzipSync(content, { level: 9 }).length;

function entry(name: string, dir: string, files: string[], transform?: (text: string) => string): SizeEntry {
  const contents = files.map((file) => {
    const raw = readFileSync(join(dir, file));
    return transform ? Buffer.from(transform(raw.toString('utf8'))) : raw;
  });
  return {
    name,
    files,
    rawBytes: contents.reduce((sum, content) => sum + content.length, 0),
    gzipBytes: contents.reduce((sum, content) => sum + gzipSize(content), 0),
  };
}

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g;

/** A script and every chunk it imports statically, as paths relative to `dir`. */
function withImports(dir: string, start: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file) || !existsSync(join(dir, file))) return;
    seen.add(file);
    for (const [, target] of readFileSync(join(dir, file), 'utf8').matchAll(STATIC_IMPORT)) {
      visit(target!.startsWith('/') ? target!.slice(1) : posix.join(posix.dirname(file), target!));
    }
  };
  start.forEach(visit);
  return [...seen];
}

/** Scripts and stylesheets a page loads at once: its module script, preloads and their imports. */
function pageFiles(dir: string, page: string): { scripts: string[]; styles: string[] } {
  const html = readFileSync(join(dir, page), 'utf8');
  const local = (href: string) => (href.startsWith('/') ? href.slice(1) : posix.join(posix.dirname(page), href));
  const scripts = [
    ...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ];
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)];
  return {
    scripts: withImports(
      dir,
      scripts.map((match) => local(match[1]!)),
    ),
    styles: styles.map((match) => local(match[1]!)),
  };
}

/**
 * The bundled knowledge pack and the search index built over it (each an inlined
 * `JSON.parse("…")` of a komma-knowledge-pack or komma-search-index) replaced by an empty object:
 * the size of the code alone, whatever the knowledge base holds.
 */
export function withoutKnowledge(script: string): string {
  const literal = /JSON\.parse\((["'`])\{\\?"format\\?":\\?"komma-(?:knowledge-pack|search-index)/g;
  let result = '';
  let copied = 0;
  for (let start = literal.exec(script); start !== null; start = literal.exec(script)) {
    const quote = start[1]!;
    let end = start.index + 'JSON.parse('.length + 1;
    while (end < script.length && script[end] !== quote) end += script[end] === '\\' ? 2 : 1;
    result += `${script.slice(copied, start.index)}JSON.parse(${quote}{}${quote}`;
    copied = end + 1;
    literal.lastIndex = copied;
  }
  return result + script.slice(copied);
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(dir, file)).isFile())
    .map((file) => file.split('\\').join('/'))
    .sort();
}

/**
 * Every entry of a built extension (`.output/chrome-mv3` by default) and the embed bundle when
 * present; undefined when there is no build.
 */
export function measureBuildSizes(outputDir = OUTPUT_DIR, target = 'chrome-mv3'): SizeEntry[] | undefined {
  const dir = join(outputDir, target);
  if (!existsSync(join(dir, 'manifest.json'))) return undefined;
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string; scripts?: string[] };
    content_scripts?: { js?: string[] }[];
    side_panel?: { default_path?: string };
    sidebar_action?: { default_panel?: string };
    options_ui?: { page?: string };
  };
  const entries: SizeEntry[] = [];
  const panel = manifest.side_panel?.default_path ?? manifest.sidebar_action?.default_panel;
  if (panel) {
    const { scripts, styles } = pageFiles(dir, panel);
    entries.push(entry('side panel JS', dir, scripts));
    entries.push(entry('side panel JS without knowledge content', dir, scripts, withoutKnowledge));
    entries.push(entry('side panel CSS', dir, styles));
    // Chunks the panel imports on first use (the article view, Triage): not in the first download,
    // but part of what a user eventually loads, so they are reported and budgeted too.
    const optionsPage = manifest.options_ui?.page;
    const optionsScripts = optionsPage ? pageFiles(dir, optionsPage).scripts : [];
    const onDemand = allFiles(dir).filter(
      (file) => file.startsWith('chunks/') && file.endsWith('.js') && ![...scripts, ...optionsScripts].includes(file),
    );
    if (onDemand.length > 0) entries.push(entry('side panel JS loaded on first use', dir, onDemand));
  }
  if (manifest.options_ui?.page) {
    const { scripts, styles } = pageFiles(dir, manifest.options_ui.page);
    entries.push(entry('options JS', dir, scripts));
    entries.push(entry('options CSS', dir, styles));
  }
  const background = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  if (background) entries.push(entry('background', dir, withImports(dir, [background])));
  const contentScripts = (manifest.content_scripts ?? []).flatMap((script) => script.js ?? []);
  if (contentScripts.length > 0) entries.push(entry('content scripts', dir, withImports(dir, contentScripts)));
  const embed = join(outputDir, 'embed', 'komma-assistant.js');
  if (existsSync(embed)) {
    entries.push(entry('embed (komma-assistant.js)', dirname(embed), ['komma-assistant.js']));
    entries.push(entry('embed without knowledge content', dirname(embed), ['komma-assistant.js'], withoutKnowledge));
  }
  entries.push(entry(`whole extension (${relative(outputDir, dir)})`, dir, allFiles(dir)));
  return entries;
}

/** Side panel JS without knowledge content, gzipped (issue 7). */
export const SIDE_PANEL_TARGET_BYTES = 120 * 1024;

export function benchSizes(): BenchReport {
  const entries = measureBuildSizes();
  if (!entries) {
    return {
      tables: [
        {
          title: 'Sizes',
          header: ['entry'],
          rows: [],
          notes: ['no build in .output/chrome-mv3: run `npm run build` first'],
        },
      ],
      targets: [],
    };
  }
  const panel = entries.find((item) => item.name === 'side panel JS without knowledge content');
  return {
    tables: [
      {
        title: 'Sizes of the built extension (.output/chrome-mv3)',
        header: ['entry', 'files', 'raw', 'gzipped', 'gzipped / 120 KB'],
        rows: entries.map((item) => [
          item.name,
          formatNumber(item.files.length),
          formatBytes(item.rawBytes),
          formatBytes(item.gzipBytes),
          item === panel ? `${formatNumber(item.gzipBytes / SIDE_PANEL_TARGET_BYTES, 2)}×` : '',
        ]),
        notes: [
          'gzip level 9, each file on its own; "without knowledge content" leaves out the inlined knowledge pack and its search index',
        ],
      },
    ],
    targets: panel
      ? [
          {
            name: 'side panel JS gzipped, without knowledge content',
            measured: panel.gzipBytes / 1024,
            unit: 'KB',
            target: SIDE_PANEL_TARGET_BYTES / 1024,
            better: 'lower',
          },
        ]
      : [],
  };
}
