/**
 * Runs the privacy guard over every free-text field of a signal. The side panel uses it to
 * highlight and block; the outbox uses it again before storing, so a blocked kind can't get in
 * by any other path.
 */
import { BLOCKING_KINDS, KIND_LABELS, findPersonalData, type Finding } from '../privacy';
import type { SignalSubmission } from '../schemas/signal';

export const SCANNED_FIELDS = ['summary', 'description', 'rule', 'suggestion', 'sourceRef'] as const;
export type ScannedField = (typeof SCANNED_FIELDS)[number];

export const SCANNED_FIELD_LABELS: Record<ScannedField, string> = {
  summary: 'Wat gaat er mis',
  description: 'Toelichting',
  rule: 'Regel of artikel',
  suggestion: 'Suggestie',
  sourceRef: 'Aanleiding',
};

export interface FieldFinding extends Finding {
  field: ScannedField;
}

export function fieldText(
  submission: Pick<SignalSubmission, 'summary' | 'description' | 'rule' | 'suggestion' | 'context'>,
  field: ScannedField,
) {
  return field === 'sourceRef' ? (submission.context.source.ref ?? '') : (submission[field] ?? '');
}

export function scanSignal(
  submission: Pick<SignalSubmission, 'summary' | 'description' | 'rule' | 'suggestion' | 'context'>,
): FieldFinding[] {
  return SCANNED_FIELDS.flatMap((field) =>
    findPersonalData(fieldText(submission, field)).map((finding) => ({ ...finding, field })),
  );
}

export function isBlocking(finding: Finding): boolean {
  return BLOCKING_KINDS.includes(finding.kind);
}

/** The kinds of data that may never leave the browser, named in Dutch ("een BSN en een IBAN"); undefined when none. */
export function blockedKindsPhrase(findings: readonly Finding[]): string | undefined {
  const kinds = [...new Set(findings.filter(isBlocking).map((finding) => KIND_LABELS[finding.kind]))];
  return kinds.length === 0 ? undefined : kinds.map((kind) => `een ${kind}`).join(' en ');
}

/** Why this signal may not be sent at all (a BSN or IBAN in it), in Dutch; undefined when it may. */
export function blockingReason(findings: readonly Finding[]): string | undefined {
  const named = blockedKindsPhrase(findings);
  return (
    named && `Dit signaal bevat ${named}. Dat mag nooit worden verstuurd. Vervang het eerst door een plaatshouder.`
  );
}
