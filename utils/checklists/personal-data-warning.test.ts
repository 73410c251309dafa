import { describe, expect, it } from 'vitest';
import { copyWarning, personalDataWarning } from './personal-data-warning';

describe('personalDataWarning', () => {
  it('names what the text looks like it holds and asks not to write it down', () => {
    expect(personalDataWarning('Inwoner met BSN 111222333 belt terug')).toBe(
      'Dit lijkt een BSN. Schrijf geen gegevens van de inwoner op.',
    );
    expect(personalDataWarning('Bel 06-12345678 of mail j.jansen@example.nl')).toBe(
      'Dit lijkt een telefoonnummer en een e-mailadres. Schrijf geen gegevens van de inwoner op.',
    );
  });

  it('stays silent for an ordinary working note', () => {
    expect(personalDataWarning('Navragen bij de werkcoach of het traject nog loopt')).toBeUndefined();
    expect(personalDataWarning('')).toBeUndefined();
  });
});

describe('copyWarning', () => {
  it('says in which typed field the personal data sits', () => {
    expect(
      copyWarning([
        { label: 'Afspraak 1', text: 'Stuur de loonstroken op' },
        { label: 'Afspraak 2', text: 'Maak over naar NL91ABNA0417164300' },
      ]),
    ).toBe(
      'Let op: bij "Afspraak 2" staat iets dat lijkt op een IBAN. Haal gegevens van de inwoner weg voordat u de tekst gebruikt.',
    );
    expect(copyWarning([{ label: 'Afspraak 1', text: 'Stuur de loonstroken op' }])).toBeUndefined();
  });
});
