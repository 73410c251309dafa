import type { UserRole } from '../schemas/roles';
import type { SignalCategory, SignalEffect, SignalFrequency, SignalSource, SignalSubmission } from '../schemas/signal';

/** What the user fills in; the rest of a submission is attached by Komma. */
export interface SignalDraft {
  category: SignalCategory | '';
  summary: string;
  description: string;
  rule: string;
  effects: SignalEffect[];
  frequency: SignalFrequency | '';
  suggestion: string;
  source: SignalSource;
}

/** What Komma attaches: never anything read from the host page (its URL can hold case numbers). */
export interface SignalEnvelope {
  id: string;
  createdAt: string;
  role: UserRole;
  municipality: string;
  appVersion: string;
  submitterKey: string;
}

/** A submission before validation: the category and frequency may still be unchosen. */
export type UncheckedSubmission = Omit<SignalSubmission, 'category' | 'frequency'> & {
  category: SignalCategory | '';
  frequency: SignalFrequency | '';
};

/**
 * The exact body that will be posted, built from the draft. The preview shows this object and
 * submit sends it, so what the user checked is what leaves. Empty optional texts are left out.
 */
export function buildSubmission(draft: SignalDraft, envelope: SignalEnvelope): UncheckedSubmission {
  const rule = draft.rule.trim();
  const suggestion = draft.suggestion.trim();
  const ref = draft.source.ref?.trim();
  return {
    id: envelope.id,
    createdAt: envelope.createdAt,
    category: draft.category,
    summary: draft.summary.trim(),
    description: draft.description.trim(),
    ...(rule ? { rule } : {}),
    effects: [...draft.effects],
    frequency: draft.frequency,
    ...(suggestion ? { suggestion } : {}),
    context: {
      source: { kind: draft.source.kind, ...(ref ? { ref } : {}) },
      role: envelope.role,
      municipality: envelope.municipality,
      appVersion: envelope.appVersion,
    },
    submitterKey: envelope.submitterKey,
  };
}

/** A fresh draft; a signal from an article or a search is about knowledge until the user says otherwise. */
export function emptyDraft(source: SignalSource): SignalDraft {
  return {
    category: source.kind === 'article' || source.kind === 'search' ? 'kennis' : '',
    summary: '',
    description: '',
    rule: '',
    effects: [],
    frequency: 'eenmalig',
    suggestion: '',
    source,
  };
}

/** The draft back from a stored (rejected) submission, for correcting it. */
export function draftFrom(submission: SignalSubmission): SignalDraft {
  return {
    category: submission.category,
    summary: submission.summary,
    description: submission.description,
    rule: submission.rule ?? '',
    effects: [...submission.effects],
    frequency: submission.frequency,
    suggestion: submission.suggestion ?? '',
    source: { ...submission.context.source },
  };
}
