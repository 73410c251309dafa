import { describe, expect, it } from 'vitest';
import type { Agreement } from '../schemas/checklist';
import { buildFollowUpSummary } from './build-follow-up-summary';

const agreements: Agreement[] = [
  { id: 'a1', who: 'inwoner', what: 'maak een afspraak bij de schuldhulpverlening.', due: '2026-12-14' },
  {
    id: 'a2',
    who: 'gemeente',
    what: 'Wij vragen bijzondere bijstand voor de kosten van bewind voor u aan',
    due: '2026-11-27',
  },
  { id: 'a3', who: 'inwoner', what: 'Stuur de loonstroken van oktober en november op', due: '2026-12-04' },
  { id: 'a4', who: 'gemeente', what: 'Wij bellen u om te horen hoe het gaat', due: '2026-12-16' },
];

describe('buildFollowUpSummary', () => {
  it('puts all of the inwoner’s actions under one heading, earliest date first, each with a date', () => {
    expect(buildFollowUpSummary({ agreements, contactRoute: 'telefoon', conversationDate: '2026-11-24' })).toBe(
      [
        'Bedankt voor het gesprek van dinsdag 24 november 2026. Hieronder leest u wat we hebben afgesproken.',
        '',
        'Wat moet u doen?',
        '- Stuur de loonstroken van oktober en november op vóór vrijdag 4 december 2026.',
        '- Maak een afspraak bij de schuldhulpverlening vóór maandag 14 december 2026.',
        '',
        'Wat doet de gemeente?',
        '- Wij vragen bijzondere bijstand voor de kosten van bewind voor u aan vóór vrijdag 27 november 2026.',
        '- Wij bellen u om te horen hoe het gaat vóór woensdag 16 december 2026.',
        '',
        'Heeft u een vraag, of lukt iets niet op tijd? Bel [naam consulent] op [telefoonnummer]. Dan zoeken we samen naar een oplossing.',
      ].join('\n'),
    );
  });

  it('says plainly when the inwoner has nothing to do, and offers the e-mail route', () => {
    const onlyGemeente = agreements.filter((agreement) => agreement.who === 'gemeente').slice(0, 1);
    expect(buildFollowUpSummary({ agreements: onlyGemeente, contactRoute: 'e-mail' })).toBe(
      [
        'Bedankt voor het gesprek. Hieronder leest u wat we hebben afgesproken.',
        '',
        'Wat moet u doen?',
        'U hoeft nu niets te doen.',
        '',
        'Wat doet de gemeente?',
        '- Wij vragen bijzondere bijstand voor de kosten van bewind voor u aan vóór vrijdag 27 november 2026.',
        '',
        'Heeft u een vraag, of lukt iets niet op tijd? Mail [naam consulent] via [e-mailadres]. Dan zoeken we samen naar een oplossing.',
      ].join('\n'),
    );
  });

  it('leaves out the gemeente heading when the gemeente has no actions', () => {
    const onlyInwoner = agreements.filter((agreement) => agreement.id === 'a3');
    expect(buildFollowUpSummary({ agreements: onlyInwoner, contactRoute: 'telefoon' })).toBe(
      [
        'Bedankt voor het gesprek. Hieronder leest u wat we hebben afgesproken.',
        '',
        'Wat moet u doen?',
        '- Stuur de loonstroken van oktober en november op vóór vrijdag 4 december 2026.',
        '',
        'Heeft u een vraag, of lukt iets niet op tijd? Bel [naam consulent] op [telefoonnummer]. Dan zoeken we samen naar een oplossing.',
      ].join('\n'),
    );
  });

  it('contains no threatening words', () => {
    const text = buildFollowUpSummary({ agreements, contactRoute: 'telefoon' });
    expect(text).not.toMatch(/uiterlijk|anders|sanctie|maatregel|boete|stopzetten|gevolgen|verplicht|let op/i);
  });
});
