import type { GroupRepository } from './db/group-repository';
import type { SignalRepository } from './db/signal-repository';
import type { GroupingService } from './grouping/grouping-service';
import type { PersonalDataFinder } from './privacy/blocked-personal-data';

/** What the route handlers work with; built once per app by createApp. */
export interface InboxServices {
  signals: SignalRepository;
  groups: GroupRepository;
  grouping: GroupingService;
  findPersonalData: PersonalDataFinder;
  /** Finding kinds that make the inbox refuse a text (BSN, IBAN). */
  blockingKinds: readonly string[];
  now: () => Date;
}
