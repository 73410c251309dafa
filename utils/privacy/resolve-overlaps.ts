import type { Finding } from './finding';
import { PERSONAL_DATA_KINDS } from './personal-data-kind';

/**
 * Keeps one finding per stretch of text: the more certain kind first (PERSONAL_DATA_KINDS order),
 * then the longer span. "NL44 RABO 0123 4567 89" is an IBAN, not a phone number inside one;
 * "Willem Lodewijkstraat 33" is an address, not the name Willem.
 */
export function resolveOverlaps(findings: readonly Finding[]): Finding[] {
  const rank = (finding: Finding) => PERSONAL_DATA_KINDS.indexOf(finding.kind);
  const byStrength = [...findings].sort(
    (a, b) => rank(a) - rank(b) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  // Kept findings stay sorted by start and never overlap, so one neighbour on each side decides.
  const kept: Finding[] = [];
  for (const finding of byStrength) {
    const at = firstStartingAtOrAfter(kept, finding.start);
    const before = kept[at - 1];
    const after = kept[at];
    if ((before && before.end > finding.start) || (after && after.start < finding.end)) continue;
    kept.splice(at, 0, finding);
  }
  return kept;
}

function firstStartingAtOrAfter(sorted: readonly Finding[], start: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]!.start < start) low = middle + 1;
    else high = middle;
  }
  return low;
}
