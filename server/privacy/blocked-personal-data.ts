import { KIND_LABELS, type Finding, type PersonalDataKind } from '../../utils/privacy';
import type { Reason } from '../http/rejection';

/** The privacy detector's signature (utils/privacy `findPersonalData`), injectable for tests. */
export type PersonalDataFinder = (text: string) => readonly Pick<Finding, 'kind'>[];

const MESSAGES: Partial<Record<PersonalDataKind, string>> = {
  bsn: 'bevat een BSN; haal het weg, een signaal gaat nooit over één persoon',
  iban: 'bevat een rekeningnummer (IBAN); haal het weg',
};

/**
 * Defence in depth: the extension already refuses to send a BSN or IBAN, but an old or altered
 * client might not. One reason per field and kind, so the sender sees where to look.
 */
export function blockedPersonalData(
  find: PersonalDataFinder,
  blockingKinds: readonly PersonalDataKind[],
  fields: ReadonlyArray<readonly [path: string, text: string | undefined]>,
): Reason[] {
  const reasons: Reason[] = [];
  for (const [path, text] of fields) {
    if (text === undefined || text === '') continue;
    const kinds = new Set(find(text).map((finding) => finding.kind));
    for (const kind of blockingKinds) {
      if (kinds.has(kind)) reasons.push({ path, message: MESSAGES[kind] ?? `bevat een ${KIND_LABELS[kind]}; haal het weg` });
    }
  }
  return reasons;
}
