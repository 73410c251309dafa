import type { DeliveryState } from './outbox-item';

/** How each outbox state reads in "Mijn signalen" and in an export. */
export const DELIVERY_STATE_LABELS: Record<DeliveryState, string> = {
  queued: 'Wordt verzonden',
  waiting: 'Wacht op verbinding',
  retrying: 'Mislukt – wordt opnieuw geprobeerd',
  delivered: 'Verzonden',
  rejected: 'Afgewezen',
  config: 'Niet verzonden – controleer de instellingen',
  'no-endpoint': 'Geen ontvanger ingesteld',
  superseded: 'Vervangen door een aangepaste versie',
};
