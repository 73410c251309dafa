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
  const kept: Finding[] = [];
  for (const finding of byStrength) {
    if (!kept.some((other) => finding.start < other.end && other.start < finding.end)) kept.push(finding);
  }
  return kept.sort((a, b) => a.start - b.start);
}
