/**
 * Key in the extension's session storage that the background bumps after every outbox change.
 * Open pages listen for it and reload "Mijn signalen": the background can't call into pages, and
 * pages never read the database themselves.
 */
export const OUTBOX_REVISION_KEY = 'outboxRevision';
