import { packNumbers, unpackNumbers } from './packed-numbers';

/** BM25 as MiniSearch scores it (its defaults), so rankings stay those of the MiniSearch-based search. */
const K = 1.2;
const B = 0.7;
const D = 0.5;

/**
 * The index as plain JSON: numbers packed as text (see packNumbers), posting lists as gaps
 * between document numbers, so mostly one byte each.
 */
export interface SerializedInvertedIndex {
  fieldCount: number;
  documentCount: number;
  postings: number;
  /** The vocabulary, sorted by UTF-16 code units and joined by newlines; a term's id is its place. */
  terms: string;
  /** For each term, then each field: how many documents hold the term in that field. */
  postingCounts: string;
  /**
   * Per posting, in list order: the gap from the previous document number (the first from 0)
   * times two, plus one when the term occurs more than once there.
   */
  postingDocuments: string;
  /** For the postings marked so, in order: how often the term occurs, minus two. */
  postingFrequencies: string;
  /** For each document, then each field: its number of distinct terms. */
  fieldLengths: string;
}

/**
 * Terms → documents, per field, in flat typed arrays: about 7 bytes a posting where nested
 * Maps take well over 50, and built by sorting instead of one tree insertion per word. The
 * vocabulary is one sorted array: a prefix is a range found by binary search, and typo search
 * walks it as a trie (see termsNear), so there is no tree to build when an index is loaded.
 * Scores with BM25 and per-field boosts, adding into a caller's dense score array, so a query
 * over 10,000 documents allocates nothing per document.
 */
export class InvertedIndex {
  readonly documentCount: number;
  readonly terms: readonly string[];
  private readonly fieldCount: number;
  private readonly boosts: readonly number[];
  /** Posting list of term t in field f: [starts[t*F+f], starts[t*F+f+1]). */
  private readonly starts: Uint32Array;
  private readonly documents: Uint32Array;
  private readonly frequencies: Uint16Array;
  private readonly fieldLengths: Uint16Array;
  private readonly averageFieldLengths: Float64Array;
  /** How many leading characters each term shares with the one before it (at most 255). */
  private readonly sharedWithPrevious: Uint8Array;

  constructor(
    parts: {
      terms: readonly string[];
      starts: Uint32Array;
      documents: Uint32Array;
      frequencies: Uint16Array;
      fieldLengths: Uint16Array;
      documentCount: number;
    },
    boosts: readonly number[],
  ) {
    this.terms = parts.terms;
    this.documentCount = parts.documentCount;
    this.fieldCount = boosts.length;
    this.boosts = boosts;
    this.starts = parts.starts;
    this.documents = parts.documents;
    this.frequencies = parts.frequencies;
    this.fieldLengths = parts.fieldLengths;
    this.sharedWithPrevious = new Uint8Array(this.terms.length);
    for (let id = 1; id < this.terms.length; id += 1) {
      const [previous, term] = [this.terms[id - 1]!, this.terms[id]!];
      const most = Math.min(previous.length, term.length, 255);
      let shared = 0;
      while (shared < most && previous.charCodeAt(shared) === term.charCodeAt(shared)) shared += 1;
      this.sharedWithPrevious[id] = shared;
    }
    this.averageFieldLengths = new Float64Array(this.fieldCount);
    for (let field = 0; field < this.fieldCount; field += 1) {
      let total = 0;
      for (let document = 0; document < this.documentCount; document += 1) {
        total += this.fieldLengths[document * this.fieldCount + field]!;
      }
      this.averageFieldLengths[field] = this.documentCount === 0 ? 0 : total / this.documentCount;
    }
  }

  termId(term: string): number | undefined {
    const id = this.firstAtOrAfter(term);
    return this.terms[id] === term ? id : undefined;
  }

  /** The first id whose term sorts at or after `text`. */
  private firstAtOrAfter(text: string): number {
    let low = 0;
    let high = this.terms.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.terms[middle]! < text) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Ids [from, to) of the terms that start with `prefix`, itself included. */
  prefixRange(prefix: string): [from: number, to: number] {
    // No term continues a prefix with U+FFFF, so this sorts after every term that starts with it.
    return [this.firstAtOrAfter(prefix), this.firstAtOrAfter(`${prefix}\uffff`)];
  }

  /**
   * Adds `weight` × the BM25 score of a term to `scores` for every document that holds it;
   * a document scored for the first time is appended to `touched`.
   */
  accumulate(termId: number, weight: number, scores: Float64Array, touched: number[]): void {
    const fields = this.fieldCount;
    for (let field = 0; field < fields; field += 1) {
      const start = this.starts[termId * fields + field]!;
      const end = this.starts[termId * fields + field + 1]!;
      if (start === end) continue;
      const matching = end - start;
      const inverseFrequency = Math.log(1 + (this.documentCount - matching + 0.5) / (matching + 0.5));
      const factor = weight * this.boosts[field]! * inverseFrequency;
      const lengthNorm = B / this.averageFieldLengths[field]!;
      for (let posting = start; posting < end; posting += 1) {
        const document = this.documents[posting]!;
        const frequency = this.frequencies[posting]!;
        const length = this.fieldLengths[document * fields + field]!;
        const score = factor * (D + (frequency * (K + 1)) / (frequency + K * (1 - B + lengthNorm * length)));
        if (scores[document] === 0) touched.push(document);
        scores[document]! += score;
      }
    }
  }

  /**
   * Terms within `maxDistance` edits (Levenshtein) of `query`, with their distance. Walks the
   * sorted terms as if they were a trie: the rows of the edit-distance table for the part a term
   * shares with the one before are kept, and once a start is too far from every start of the
   * query, all terms beginning with it are skipped (as MiniSearch does on its radix tree).
   */
  termsNear(query: string, maxDistance: number): [id: number, distance: number][] {
    const columns = query.length + 1;
    const maxLength = query.length + maxDistance;
    // Row d holds the distances between the first d characters of the current term and each
    // start of the query; only a band around the diagonal can be within reach, the rest stays
    // at maxDistance + 1.
    const rows = new Uint16Array((maxLength + 1) * columns).fill(maxDistance + 1);
    for (let column = 0; column < columns; column += 1) rows[column] = column;
    for (let row = 1; row <= maxLength; row += 1) rows[row * columns] = row;
    const found: [number, number][] = [];
    /** Rows 0…valid belong to the start of the term visited last. */
    let valid = 0;
    for (let id = 0; id < this.terms.length;) {
      const term = this.terms[id]!;
      const reach = Math.min(term.length, maxLength);
      let depth = Math.min(valid, this.sharedWithPrevious[id]!, reach);
      let tooFar = false;
      while (depth < reach && !tooFar) {
        const row = (depth + 1) * columns;
        const above = row - columns;
        const character = term.charCodeAt(depth);
        let best = rows[row]!;
        const last = Math.min(query.length, depth + 1 + maxDistance);
        for (let column = Math.max(1, depth - maxDistance + 1); column <= last; column += 1) {
          const cost = character === query.charCodeAt(column - 1) ? 0 : 1;
          const distance = Math.min(
            rows[above + column - 1]! + cost,
            rows[above + column]! + 1,
            rows[row + column - 1]! + 1,
          );
          rows[row + column] = distance;
          if (distance < best) best = distance;
        }
        depth += 1;
        tooFar = best > maxDistance;
      }
      valid = depth;
      if (tooFar || term.length > maxLength) {
        // Every term that starts like this one, up to here, is out of reach as well.
        id += 1;
        while (id < this.terms.length && this.sharedWithPrevious[id]! >= depth) id += 1;
        continue;
      }
      const distance = rows[term.length * columns + query.length]!;
      if (distance <= maxDistance) found.push([id, distance]);
      id += 1;
    }
    return found;
  }

  toJSON(): SerializedInvertedIndex {
    const lists = this.terms.length * this.fieldCount;
    const postingCounts = new Uint32Array(lists);
    const gaps = new Uint32Array(this.documents.length);
    // Most terms occur once in a field: their frequency costs one bit.
    const repeated: number[] = [];
    for (let list = 0; list < lists; list += 1) {
      const start = this.starts[list]!;
      const end = this.starts[list + 1]!;
      postingCounts[list] = end - start;
      for (let posting = start; posting < end; posting += 1) {
        const gap = this.documents[posting]! - (posting === start ? 0 : this.documents[posting - 1]!);
        const frequency = this.frequencies[posting]!;
        gaps[posting] = gap * 2 + (frequency > 1 ? 1 : 0);
        if (frequency > 1) repeated.push(frequency - 2);
      }
    }
    return {
      fieldCount: this.fieldCount,
      documentCount: this.documentCount,
      postings: this.documents.length,
      terms: this.terms.join('\n'),
      postingCounts: packNumbers(postingCounts),
      postingDocuments: packNumbers(gaps),
      postingFrequencies: packNumbers(repeated),
      fieldLengths: packNumbers(this.fieldLengths),
    };
  }

  static fromJSON(data: SerializedInvertedIndex, boosts: readonly number[]): InvertedIndex {
    if (data.fieldCount !== boosts.length) throw new Error('index has another number of fields');
    const terms = data.terms === '' ? [] : data.terms.split('\n');
    const lists = terms.length * data.fieldCount;
    const counts = unpackNumbers(data.postingCounts, lists);
    const documents = unpackNumbers(data.postingDocuments, data.postings);
    const frequencies = new Uint16Array(data.postings).fill(1);
    let repeatedCount = 0;
    for (const packed of documents) repeatedCount += packed & 1;
    const repeated = unpackNumbers(data.postingFrequencies, repeatedCount);
    const starts = new Uint32Array(lists + 1);
    let next = 0;
    for (let list = 0; list < lists; list += 1) {
      const start = starts[list]!;
      const end = start + counts[list]!;
      starts[list + 1] = end;
      for (let posting = start; posting < end; posting += 1) {
        const packed = documents[posting]!;
        if (packed & 1) frequencies[posting] = repeated[next++]! + 2;
        documents[posting] = (packed >>> 1) + (posting === start ? 0 : documents[posting - 1]!);
      }
    }
    return new InvertedIndex(
      {
        terms,
        starts,
        documents,
        frequencies,
        fieldLengths: Uint16Array.from(unpackNumbers(data.fieldLengths, data.documentCount * data.fieldCount)),
        documentCount: data.documentCount,
      },
      boosts,
    );
  }
}

/** A growable array of unsigned 32-bit numbers. */
class Numbers {
  values = new Uint32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Uint32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
}

const MAX_FREQUENCY = 0xffff;

/**
 * Collects term counts document by document, field by field, then lays them out as posting
 * lists with one counting sort.
 */
export class InvertedIndexBuilder {
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly fieldCount: number;
  /** Counts of the field being added, by term id; `counted` lists the ids set. */
  private counts = new Uint32Array(1024);
  private readonly counted: number[] = [];
  /** One entry per (document, field, term): list key (term*F+field), document, frequency. */
  private readonly keys = new Numbers();
  private readonly postingDocuments = new Numbers();
  private readonly postingFrequencies = new Numbers();
  private readonly fieldLengths = new Numbers();
  private documentCount = 0;

  constructor(private readonly boosts: readonly number[]) {
    this.fieldCount = boosts.length;
  }

  /** The id of a term, adding it to the vocabulary when new. */
  termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(term);
      this.termIds.set(term, id);
    }
    return id;
  }

  /** Counts `times` occurrences of a term in the field being added. */
  count(termId: number, times = 1): void {
    if (termId >= this.counts.length) {
      const grown = new Uint32Array(Math.max(termId + 1, this.counts.length * 2));
      grown.set(this.counts);
      this.counts = grown;
    }
    if (this.counts[termId] === 0) this.counted.push(termId);
    this.counts[termId]! += times;
  }

  /** Ends field `field` of the current document; fields must come in order, each once. */
  endField(field: number): void {
    for (const termId of this.counted) {
      this.keys.push(termId * this.fieldCount + field);
      this.postingDocuments.push(this.documentCount);
      this.postingFrequencies.push(Math.min(this.counts[termId]!, MAX_FREQUENCY));
      this.counts[termId] = 0;
    }
    this.fieldLengths.push(Math.min(this.counted.length, MAX_FREQUENCY));
    this.counted.length = 0;
  }

  /** Ends the current document; its number is the count of documents before it. */
  endDocument(): void {
    this.documentCount += 1;
  }

  build(): InvertedIndex {
    const byTerm = this.terms.map((_, id) => id).sort((a, b) => (this.terms[a]! < this.terms[b]! ? -1 : 1));
    const rank = new Uint32Array(this.terms.length);
    byTerm.forEach((id, place) => (rank[id] = place));
    const lists = this.terms.length * this.fieldCount;
    const starts = new Uint32Array(lists + 1);
    const total = this.keys.length;
    const keys = this.keys.values;
    for (let entry = 0; entry < total; entry += 1) {
      const key = keys[entry]!;
      const field = key % this.fieldCount;
      keys[entry] = rank[(key - field) / this.fieldCount]! * this.fieldCount + field;
      starts[keys[entry]! + 1]! += 1;
    }
    for (let list = 0; list < lists; list += 1) starts[list + 1]! += starts[list]!;
    const next = starts.slice(0, lists);
    const documents = new Uint32Array(total);
    const frequencies = new Uint16Array(total);
    // Entries arrive in document order, so each list comes out sorted by document.
    for (let entry = 0; entry < total; entry += 1) {
      const position = next[keys[entry]!]!++;
      documents[position] = this.postingDocuments.values[entry]!;
      frequencies[position] = this.postingFrequencies.values[entry]!;
    }
    return new InvertedIndex(
      {
        terms: byTerm.map((id) => this.terms[id]!),
        starts,
        documents,
        frequencies,
        fieldLengths: Uint16Array.from(this.fieldLengths.values.subarray(0, this.fieldLengths.length)),
        documentCount: this.documentCount,
      },
      this.boosts,
    );
  }
}
