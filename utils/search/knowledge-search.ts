import type { Article } from '../schemas/article';
import type { SynonymGroup } from '../schemas/synonyms';
import { BOOSTS, type IndexedDocuments, buildKnowledgeIndex, synonymStems } from './build-knowledge-index';
import { BUILT_IN_SYNONYMS } from './built-in-synonyms';
import { createCompoundSplitter } from './dutch-compounds';
import { InvertedIndex, type SerializedInvertedIndex } from './inverted-index';
import { type QueryUnit, parseQuery } from './parse-query';
import { createSynonymMatcher } from './synonym-matcher';

export interface SearchResult {
  id: string;
  title: string;
  summary: string;
  /**
   * Relevance. The whole part is the number of query units that matched exactly (by word form,
   * synonym or law reference), the fraction the relative strength of the match; so results
   * sorted by score put every exact match above every typo or prefix match.
   */
  score: number;
  /** The user's words (or the synonym found in the article) that explain this result. */
  matchedTerms: string[];
}

export interface KnowledgeSearch {
  search(query: string, options?: { limit?: number }): SearchResult[];
  /** A plain object to store and later pass to `loadKnowledgeSearch`, skipping the build. */
  toJSON(): SerializedKnowledgeSearch;
}

export interface SerializedKnowledgeSearch {
  format: 'komma-search-index';
  version: typeof INDEX_VERSION;
  synonyms: SynonymGroup[];
  documents: IndexedDocuments;
  index: SerializedInvertedIndex;
}

/** Raise when the analysis changes: an index built by older code would give wrong answers. */
const INDEX_VERSION = 2;
const DEFAULT_LIMIT = 20;
/**
 * Weights of a word found by its start or with a typo, relative to the word itself; MiniSearch's
 * defaults, with which the ranking was tuned. Both fade as the found word grows longer.
 */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

/** The `limit`-th highest of `values` (the lowest of all when there are fewer), in one pass. */
function lowestOfBest(values: readonly number[], limit: number): number {
  // A min-heap of the best seen so far: its top is the one to beat.
  const heap: number[] = [];
  const down = (from: number): void => {
    for (let at = from; ;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let smallest = at;
      if (left < heap.length && heap[left]! < heap[smallest]!) smallest = left;
      if (right < heap.length && heap[right]! < heap[smallest]!) smallest = right;
      if (smallest === at) return;
      [heap[at], heap[smallest]] = [heap[smallest]!, heap[at]!];
      at = smallest;
    }
  };
  for (const value of values) {
    if (heap.length < limit) {
      heap.push(value);
      for (let at = heap.length - 1; at > 0 && heap[(at - 1) >> 1]! > heap[at]!; at = (at - 1) >> 1) {
        [heap[at], heap[(at - 1) >> 1]] = [heap[(at - 1) >> 1]!, heap[at]!];
      }
    } else if (value > heap[0]!) {
      heap[0] = value;
      down(0);
    }
  }
  return heap[0] ?? 0;
}

/** How a document matched one query unit. */
const NONE = 0;
const LOOSE = 1;
const EXACT = 2;
/** EXACT_BY_GROUP + g: matched exactly, only through synonym group g (so the label is the article's term). */
const EXACT_BY_GROUP = 3;

interface UnitMatches {
  scores: Float64Array;
  states: Int32Array;
  /** Documents with a match, in the order found. */
  matched: number[];
}

function createSearch(index: InvertedIndex, documents: IndexedDocuments, groups: SynonymGroup[]): KnowledgeSearch {
  // Every stem an article uses is an index term; no need to copy them into a set.
  const stems = new Set(synonymStems(groups));
  const lexicon = { has: (stem: string) => stems.has(stem) || index.termId(stem) !== undefined };
  const context = { matcher: createSynonymMatcher(groups), splitCompound: createCompoundSplitter(lexicon) };
  const count = index.documentCount;
  const collator = new Intl.Collator('nl');

  /** The BM25 score of each document holding all `terms`, averaged over the terms. */
  // Scratch space, cleared after each use: allocating arrays the size of the pack for every
  // alternative of every query word showed in profiles.
  const scratch = new Float64Array(count);
  const termScratch = new Float64Array(count);
  const termsFound = new Uint8Array(count);

  /** The BM25 score of each document holding all `terms`, averaged over the terms. */
  function allTermsScore(terms: readonly string[], into: (document: number, score: number) => void): void {
    const unique = terms.length === 1 ? terms : [...new Set(terms)];
    const ids: number[] = [];
    for (const term of unique) {
      const id = index.termId(term);
      if (id === undefined) return;
      ids.push(id);
    }
    const touched: number[] = [];
    if (ids.length === 1) {
      index.accumulate(ids[0]!, 1, scratch, touched);
    } else {
      for (const id of ids) {
        const termTouched: number[] = [];
        index.accumulate(id, 1, termScratch, termTouched);
        for (const document of termTouched) {
          if (termsFound[document] === 0) touched.push(document);
          termsFound[document]! += 1;
          scratch[document]! += termScratch[document]!;
          termScratch[document] = 0;
        }
      }
    }
    for (const document of touched) {
      if (ids.length === 1 || termsFound[document] === ids.length) into(document, scratch[document]! / ids.length);
      scratch[document] = 0;
      termsFound[document] = 0;
    }
  }

  function unitMatches(unit: QueryUnit): UnitMatches {
    const scores = new Float64Array(count);
    const states = new Int32Array(count);
    const matched: number[] = [];
    for (const alternative of unit.exact) {
      allTermsScore(alternative.terms, (document, termScore) => {
        const score = termScore * alternative.weight;
        const state = states[document]!;
        if (state === NONE) matched.push(document);
        if (score > scores[document]!) scores[document] = score;
        // The user's own word explains a hit better than a synonym, even a stronger one.
        if (alternative.group === undefined) states[document] = EXACT;
        else if (state === NONE) states[document] = EXACT_BY_GROUP + alternative.group;
      });
    }
    const exactTerms = new Set(
      unit.exact.flatMap((alternative) => (alternative.terms.length === 1 ? alternative.terms : [])),
    );
    for (const loose of unit.loose) {
      if (!loose.prefix && loose.fuzzy === 0) continue;
      const looseScores = new Float64Array(count);
      const touched: number[] = [];
      // Documents with the term itself already matched exactly; only the others can gain.
      const itself = exactTerms.has(loose.term) ? undefined : index.termId(loose.term);
      if (itself !== undefined) index.accumulate(itself, 1, looseScores, touched);
      const [from, to] = loose.prefix ? index.prefixRange(loose.term) : [0, 0];
      for (let id = from; id < to; id += 1) {
        const { length } = index.terms[id]!;
        const distance = length - loose.term.length;
        if (distance > 0) {
          index.accumulate(id, (PREFIX_WEIGHT * length) / (length + 0.3 * distance), looseScores, touched);
        }
      }
      if (loose.fuzzy > 0) {
        for (const [id, distance] of index.termsNear(loose.term, loose.fuzzy)) {
          // A term that starts with the query word was scored as a prefix match.
          if (distance === 0 || (id >= from && id < to)) continue;
          const { length } = index.terms[id]!;
          index.accumulate(id, (FUZZY_WEIGHT * length) / (length + distance), looseScores, touched);
        }
      }
      for (const document of touched) {
        const state = states[document]!;
        // An exact hit for this unit is never replaced by an approximate one (MiniSearch #263).
        if (state >= EXACT) continue;
        if (state === NONE) {
          matched.push(document);
          states[document] = LOOSE;
        }
        if (looseScores[document]! > scores[document]!) scores[document] = looseScores[document]!;
      }
    }
    return { scores, states, matched };
  }

  function matchedTerms(document: number, units: readonly QueryUnit[], matches: readonly UnitMatches[]): string[] {
    const labels: string[] = [];
    units.forEach((unit, position) => {
      const state = matches[position]!.states[document]!;
      if (state === NONE) return;
      const label =
        state >= EXACT_BY_GROUP ? (documents.synonymHits[document]![state - EXACT_BY_GROUP] ?? unit.label) : unit.label;
      if (!labels.includes(label)) labels.push(label);
    });
    return labels;
  }

  function search(query: string, { limit = DEFAULT_LIMIT }: { limit?: number } = {}): SearchResult[] {
    const units = parseQuery(query, context);
    if (units.length === 0 || limit <= 0) return [];
    const matches = units.map(unitMatches);
    const raw = new Float64Array(count);
    const exactUnits = new Uint16Array(count);
    const seen = new Uint8Array(count);
    const candidates: number[] = [];
    for (const { scores, states, matched } of matches) {
      for (const document of matched) {
        if (seen[document] === 0) {
          seen[document] = 1;
          candidates.push(document);
        }
        raw[document]! += scores[document]!;
        if (states[document]! >= EXACT) exactUnits[document]! += 1;
      }
    }
    if (candidates.length === 0) return [];
    let maxRaw = 0;
    for (const document of candidates) if (raw[document]! > maxRaw) maxRaw = raw[document]!;
    // Keep the fraction below 1 so it never lifts a result into the next tier.
    const score = (document: number): number =>
      exactUnits[document]! + (maxRaw > 0 ? (0.999 * raw[document]!) / maxRaw : 0);
    // Only the best `limit` need the full ordering (ties by title): find the cut-off score first.
    const cutOff = lowestOfBest(candidates.map(score), limit);
    const best = candidates
      .filter((document) => score(document) >= cutOff)
      .sort((a, b) => score(b) - score(a) || collator.compare(documents.titles[a]!, documents.titles[b]!))
      .slice(0, limit);
    return best.map((document) => ({
      id: documents.ids[document]!,
      title: documents.titles[document]!,
      summary: documents.summaries[document]!,
      score: score(document),
      matchedTerms: matchedTerms(document, units, matches),
    }));
  }

  return {
    search,
    toJSON: () => ({
      format: 'komma-search-index',
      version: INDEX_VERSION,
      synonyms: groups,
      documents,
      index: index.toJSON(),
    }),
  };
}

/**
 * Builds Komma's search over knowledge articles. The built-in Dutch synonyms always apply; a
 * pack's own synonym groups are added to them.
 */
export function createKnowledgeSearch(
  articles: readonly Article[],
  { synonyms = [] }: { synonyms?: readonly SynonymGroup[] } = {},
): KnowledgeSearch {
  const groups = [...BUILT_IN_SYNONYMS, ...synonyms];
  const { index, documents } = buildKnowledgeIndex(articles, groups);
  return createSearch(index, documents, groups);
}

/** Restores a search saved with `toJSON`; throws when it was made by an incompatible version. */
export function loadKnowledgeSearch(data: SerializedKnowledgeSearch): KnowledgeSearch {
  if (data.format !== 'komma-search-index' || data.version !== INDEX_VERSION) {
    throw new Error('Deze zoekindex is gemaakt door een andere versie van Komma; bouw hem opnieuw.');
  }
  return createSearch(InvertedIndex.fromJSON(data.index, BOOSTS), data.documents, data.synonyms);
}
