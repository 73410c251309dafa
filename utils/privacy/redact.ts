import type { Finding } from './finding';
import { PLACEHOLDERS } from './personal-data-kind';

/**
 * Replaces each finding with its placeholder ("Kerkstraat 12" → "[adres]"). A finding whose text
 * no longer matches what stands at its position (the user edited after scanning) or that overlaps
 * one already applied is skipped rather than cutting into the wrong words; scan again after editing.
 */
export function redact(text: string, findings: readonly Finding[]): string {
  const applicable = [...findings]
    .filter((f) => f.start >= 0 && f.end <= text.length && text.slice(f.start, f.end) === f.text && f.end > f.start)
    .sort((a, b) => a.start - b.start);
  let result = '';
  let cursor = 0;
  for (const finding of applicable) {
    if (finding.start < cursor) continue;
    result += text.slice(cursor, finding.start) + PLACEHOLDERS[finding.kind];
    cursor = finding.end;
  }
  return result + text.slice(cursor);
}
