/**
 * The grouping key of a rule reference, so "Art. 8, lid 1 Participatiewet" and
 * "artikel 8 lid 1 participatiewet" count as the same rule. Deliberately modest: only spelling
 * noise is removed; two different ways of naming a rule stay two keys until merged by hand.
 */
export function normaliseRule(rule: string): string {
  return rule
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\bartikel\b/g, 'art')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
