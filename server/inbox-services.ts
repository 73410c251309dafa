import type { GroupRepository } from './db/group-repository';
import type { InsertOutcome, SignalRepository } from './db/signal-repository';
import type { SignalSubmission } from '../utils/schemas/signal';
import type { GroupingService } from './grouping/grouping-service';
import type { PersonalDataKind } from '../utils/privacy';
import type { PersonalDataFinder } from './privacy/blocked-personal-data';

/** What the route handlers work with; built once per app by createApp. */
export interface InboxServices {
  signals: SignalRepository;
  /** Stores a submission through group commit; settles once it is on disk. */
  store(signal: SignalSubmission, team: string): Promise<InsertOutcome>;
  groups: GroupRepository;
  grouping: GroupingService;
  findPersonalData: PersonalDataFinder;
  /** Finding kinds that make the inbox refuse a text (BSN, IBAN). */
  blockingKinds: readonly PersonalDataKind[];
  now: () => Date;
}
