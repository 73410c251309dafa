import { SIGNAL_STATUS_LABELS, SIGNAL_STATUSES } from '../schemas/signal';
import type { SignalGroup } from '../schemas/triage';

/** "2 nieuw, 1 in behandeling": a group's status counts in the order a signal moves through them. */
export function describeStatuses(statuses: SignalGroup['statuses']): string {
  return SIGNAL_STATUSES.filter((status) => statuses[status] !== undefined)
    .map((status) => `${statuses[status]} ${SIGNAL_STATUS_LABELS[status].toLowerCase()}`)
    .join(', ');
}
