/** A performance mark as read from the side panel page; startTime counts from opening the page. */
export interface PanelMark {
  name: string;
  startTime: number;
  detail?: unknown;
}

/** The pack the panel said it uses, in the detail of its marks. */
export interface PackInUse {
  source: 'bundled' | 'remote';
  articles: number;
}

/** One opening of the side panel, in ms. */
export interface PanelRunTimings {
  /** Opening → the panel's script starts: loading and compiling the bundle, bundled pack included. */
  scriptStart: number;
  /** Opening → settings and role known, first area on screen and taking input. */
  interactive: number;
  /** Opening → the configured pack is in use (the bundled pack needs no transfer but is still asked for). */
  packReady: number;
  /** The query typed → the first result on screen (includes building the index: it is built on first search). */
  typedToResult?: number;
  /** Opening → the first result on screen, for a user who types the moment the panel is ready. */
  openToResult?: number;
}

function markOf(marks: readonly PanelMark[], name: string): PanelMark {
  const mark = marks.find((candidate) => candidate.name === name);
  if (!mark) {
    throw new Error(`the panel set no '${name}' mark (marks: ${marks.map((m) => m.name).join(', ') || 'none'})`);
  }
  return mark;
}

function checkPack(mark: PanelMark, expected: PackInUse) {
  const used = mark.detail as Partial<PackInUse> | undefined;
  if (used?.source !== expected.source || used.articles !== expected.articles) {
    throw new Error(
      `'${mark.name}' came from the ${used?.source ?? 'unknown'} pack of ${used?.articles ?? '?'} articles, ` +
        `not the ${expected.source} pack of ${expected.articles}`,
    );
  }
}

/**
 * The figures of one opening from the panel's marks (components/usePaintedMark.ts,
 * models/KnowledgeModel.ts) and the bench's 'bench:typed'; the search figures only when the
 * bench typed. Throws when the panel used another pack than the one meant to be measured: a
 * fast search over the bundled articles must not pass for the 10,000.
 */
export function panelRunTimings(marks: readonly PanelMark[], expected: PackInUse): PanelRunTimings {
  if (marks.some((mark) => mark.name === 'bench:no-search-box')) {
    throw new Error('the panel did not open on the Kennisbank: there was no search box to type in');
  }
  const packReady = markOf(marks, 'komma:pack-ready');
  checkPack(packReady, expected);
  const timings: PanelRunTimings = {
    scriptStart: markOf(marks, 'komma:start').startTime,
    interactive: markOf(marks, 'komma:interactive').startTime,
    packReady: packReady.startTime,
  };
  if (!marks.some((mark) => mark.name === 'bench:typed')) return timings;
  const typed = markOf(marks, 'bench:typed');
  const result = markOf(marks, 'komma:first-result');
  checkPack(result, expected);
  return { ...timings, typedToResult: result.startTime - typed.startTime, openToResult: result.startTime };
}
