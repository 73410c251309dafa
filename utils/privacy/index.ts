export type { Finding } from './finding';
export { BLOCKING_KINDS, KIND_LABELS, PLACEHOLDERS, type PersonalDataKind } from './personal-data-kind';
export { findPersonalData } from './find-personal-data';
export { redact } from './redact';
