/**
 * The kinds of citizen data the privacy guard looks for, and how the UI names and replaces them.
 * The order of PERSONAL_DATA_KINDS is also the order in which overlapping findings win:
 * a checksum-backed kind (IBAN, BSN) is more certain than a pattern-only one (address, name).
 */
export const PERSONAL_DATA_KINDS = ['iban', 'email', 'bsn', 'phone', 'date', 'postcode', 'address', 'name'] as const;

export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

export const PLACEHOLDERS: Record<PersonalDataKind, string> = {
  bsn: '[BSN]',
  iban: '[IBAN]',
  email: '[e-mail]',
  phone: '[telefoonnummer]',
  postcode: '[postcode]',
  address: '[adres]',
  date: '[datum]',
  name: '[naam]',
};

/** A BSN needs a legal basis and a signal never does (facts §5); an IBAN identifies one person as surely. */
export const BLOCKING_KINDS: readonly PersonalDataKind[] = ['bsn', 'iban'];

export const KIND_LABELS: Record<PersonalDataKind, string> = {
  bsn: 'BSN',
  iban: 'IBAN',
  email: 'e-mailadres',
  phone: 'telefoonnummer',
  postcode: 'postcode',
  address: 'adres',
  date: 'datum',
  name: 'naam',
};
