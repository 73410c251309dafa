import { randomBytes, randomUUID } from 'node:crypto';
import type { SignalSubmission } from '../../utils/schemas/signal';

/** A valid submission as the extension would send it; override what a test is about. */
export function makeSubmission(overrides: Partial<SignalSubmission> = {}): SignalSubmission {
  return {
    id: randomUUID(),
    createdAt: new Date().toISOString(),
    category: 'lokaal-beleid',
    summary: 'De kostendelersnorm treft jongeren die thuis wonen te hard',
    description: 'Jongeren die bij hun ouders wonen houden te weinig over voor studie en werk.',
    effects: ['geld', 'stress'],
    frequency: 'structureel',
    context: {
      source: { kind: 'article', ref: 'kostendelersnorm' },
      role: 'inkomensconsulent',
      municipality: 'Leeuwarden',
      appVersion: '0.1.0',
    },
    submitterKey: randomBytes(18).toString('base64url'),
    ...overrides,
  };
}
