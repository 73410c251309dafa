import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CheckAnswer, ConsequenceCheck, ConsequenceCheckState } from '../schemas/checklist';
import { buildWeighingText } from './build-weighing-text';
import { parseChecklist } from './parse-checklists';

const check = parseChecklist('handhaving.yaml', readFileSync('knowledge/checklists/handhaving.yaml', 'utf8'))
  .definition as ConsequenceCheck;

function stateFor(
  measure: string,
  answers: Record<string, CheckAnswer>,
  extra: Partial<Pick<ConsequenceCheckState, 'notes' | 'reverseTest' | 'conclusion'>> = {},
): ConsequenceCheckState {
  return {
    version: 1,
    kind: 'consequence-check',
    checklistId: 'handhaving',
    measure,
    answers,
    notes: extra.notes ?? {},
    reverseTest: extra.reverseTest ?? { purpose: '', effect: '', fitsLaw: '' },
    ...(extra.conclusion ? { conclusion: extra.conclusion } : {}),
  };
}

/** Answers for the questions that do not differ between the cases below: nothing unusual. */
const QUIET: Record<string, CheckAnswer> = {
  'veel-instanties': 'nee',
  'afhankelijk-van-ander': 'nee',
  'misbruik-of-uitbuiting': 'nee',
  'persoonlijk-contact': 'ja',
  zienswijze: 'ja',
};

/** A household where money, housing and understanding are in order. */
const CALM: Record<string, CheckAnswer> = {
  ...QUIET,
  'nieuwe-achterstanden': 'nee',
  huurachterstand: 'nee',
  vroegsignaal: 'nee',
  'woonlasten-onbetaalbaar': 'nee',
  'kinderen-in-huishouden': 'nee',
  'wsnp-loopt': 'nee',
  'acute-noodsituatie': 'nee',
  'regel-begrepen': 'ja',
  'eenvoudig-uitgelegd': 'ja',
  'taal-of-leesdrempel': 'nee',
  'acute-stress': 'nee',
};

const HEADER = ['Afweging van de gevolgen van het voorgenomen besluit', ''];
const AWB_3_4 =
  '- Awb art. 3:4 lid 2: De nadelige gevolgen van een besluit mogen niet onevenredig zijn in verhouding tot de doelen van het besluit.';
const AWB_4_84 =
  '- Awb art. 4:84: Het college handelt volgens de beleidsregel, tenzij dat door bijzondere omstandigheden gevolgen heeft die onevenredig zijn in verhouding tot de doelen van die beleidsregel.';
const NO_ABUSE = [
  'Kwetsbaarheid en afhankelijkheid',
  '- Er zijn geen aanwijzingen dat de inwoner afhankelijk is van een ander.',
  '- Er zijn geen signalen van misbruik of uitbuiting.',
  '',
];
const HOUSING_FINE = [
  'Wonen',
  '- Er is geen huurachterstand en er dreigt geen huisuitzetting.',
  '- Er is geen signaal van vroegsignalering schulden binnengekomen.',
  '- De huur of hypotheek blijft na het besluit betaalbaar.',
  '',
  'Kinderen',
  '- Er zijn geen kinderen in het huishouden.',
  '',
];
const UNDERSTOOD = [
  'Doenvermogen en begrip van de regel',
  '- De inwoner begreep de regel.',
  '- De regel is in eenvoudige taal uitgelegd.',
  '- Er is geen taal- of leesdrempel.',
  '- Toen de verplichting niet werd nagekomen, was er geen sprake van acute stress.',
  '',
];
const HEARD = [
  'Hoor en wederhoor',
  '- De inwoner is gehoord en heeft een zienswijze kunnen geven.',
  '- Er is persoonlijk contact geweest over wat er misging.',
  '',
];

describe('buildWeighingText', () => {
  it('boete in a family with children facing eviction: afzien', () => {
    const state = stateFor(
      'boete',
      {
        ...QUIET,
        'onder-beslagvrije-voet': 'nee',
        'nieuwe-achterstanden': 'ja',
        huurachterstand: 'ja',
        vroegsignaal: 'ja',
        'woonlasten-onbetaalbaar': 'ja',
        'kinderen-in-huishouden': 'ja',
        'kinderen-merken-gevolgen': 'ja',
        'schuldhulp-loopt': 'nee',
        'wsnp-loopt': 'nee',
        beschermingsbewind: 'nee',
        'schulden-zonder-hulp': 'ja',
        gezondheidsklachten: 'nee',
        'acute-noodsituatie': 'onbekend',
        'traject-loopt': 'nee',
        'regel-begrepen': 'nee',
        'eenvoudig-uitgelegd': 'nee',
        'taal-of-leesdrempel': 'ja',
        'acute-stress': 'ja',
        verwijtbaar: 'ja',
        opzet: 'nee',
        'eerder-gebeurd': 'nee',
        'gemeente-droeg-bij': 'nee',
        'lichter-middel': 'ja',
        'lager-of-korter': 'ja',
        'verwijzing-of-maatwerk': 'ja',
      },
      {
        notes: {
          huurachterstand: 'De verhuurder heeft de achterstand overgedragen aan een deurwaarder',
          'acute-noodsituatie': 'navragen bij de huisarts, met toestemming van de inwoner',
          'acute-stress': 'Kort na een scheiding.',
        },
        reverseTest: {
          purpose: 'Dat de inwoner wijzigingen in het inkomen voortaan op tijd doorgeeft',
          effect:
            'Een boete komt bovenop de huurachterstand. Het gezin kan dan de huur niet meer betalen en moet mogelijk het huis uit.',
          fitsLaw:
            'Nee. Een gesprek en uitleg in eenvoudige taal bereiken het doel ook, zonder het gezin verder in de problemen te brengen',
        },
        conclusion: {
          choice: 'afzien',
          explanation:
            'Wij volstaan met een gesprek over het doorgeven van wijzigingen, en melden de inwoner met toestemming aan bij de schuldhulpverlening',
        },
      },
    );
    expect(buildWeighingText(check, state)).toBe(
      [
        ...HEADER,
        'Voorgenomen besluit: boete.',
        '',
        'Meegewogen omstandigheden',
        '',
        'Inkomen en de stekker',
        '- Het inkomen blijft na het besluit boven de beslagvrije voet.',
        '- Het besluit leidt naar verwachting tot nieuwe achterstanden in vaste lasten, zoals energie of zorgverzekering.',
        '',
        'Wonen',
        '- Er is huurachterstand of er dreigt huisuitzetting.',
        '  Toelichting: De verhuurder heeft de achterstand overgedragen aan een deurwaarder.',
        '- Er is een signaal van vroegsignalering schulden binnengekomen.',
        '- Door het besluit kan het huishouden de huur of hypotheek niet meer betalen.',
        '',
        'Kinderen',
        '- Er zijn kinderen in het huishouden.',
        '- De kinderen merken de gevolgen direct, bijvoorbeeld in eten, school of wonen.',
        '',
        'Schulden, bewind en Wsnp',
        '- Er loopt geen schuldhulpverlening of schuldregeling.',
        '- Er loopt geen traject in de wettelijke schuldsanering (Wsnp).',
        '- Er is geen beschermingsbewind.',
        '- Er zijn problematische schulden waarvoor nog geen hulp loopt.',
        '',
        'Gezondheid',
        '- Er zijn geen gezondheidsklachten bekend die voor het besluit van belang zijn.',
        '',
        'Lopende trajecten en betrokken professionals',
        '- Er loopt geen traject bij re-integratie, jeugdhulp, Wmo of ggz.',
        '- Er zijn niet veel instanties tegelijk bij het huishouden betrokken.',
        '',
        ...NO_ABUSE,
        'Doenvermogen en begrip van de regel',
        '- De inwoner begreep de regel niet.',
        '- De regel is niet in eenvoudige taal uitgelegd.',
        '- Er is een taal- of leesdrempel, bijvoorbeeld laaggeletterdheid of beperkte kennis van het Nederlands.',
        '- Toen de verplichting niet werd nagekomen, was er sprake van acute stress, bijvoorbeeld door een ingrijpende gebeurtenis, schulden of ziekte.',
        '  Toelichting: Kort na een scheiding.',
        '',
        'Verwijtbaarheid en rol van de gemeente',
        '- De inwoner valt iets te verwijten.',
        '- Er was geen sprake van opzet.',
        '- Het is de eerste keer dat de inwoner deze verplichting niet nakomt.',
        '- De gemeente heeft niet bijgedragen aan wat er misging.',
        '',
        ...HEARD,
        'Alternatieven',
        '- Een waarschuwing, een gesprek of herstel van de fout volstaat naar verwachting.',
        '- Een lager bedrag, een kortere duur of een betalingsregeling bereikt hetzelfde doel.',
        '- Een verwijzing of een eenmalige maatwerkoplossing helpt naar verwachting beter.',
        '',
        'Nog uitzoeken:',
        '- of het besluit een acute noodsituatie kan veroorzaken',
        '  Toelichting: navragen bij de huisarts, met toestemming van de inwoner.',
        '',
        'Aandachtspunten',
        '- Dreigende huisuitzetting in een huishouden met kinderen',
        '  Zie: Awb art. 3:4 lid 2; Awb art. 4:84.',
        '- Verplichting gemist in een periode van acute stress',
        '  Zie: Awb art. 3:4 lid 2.',
        '- Lichter middel volstaat naar verwachting',
        '  Zie: Awb art. 3:4 lid 2; Awb art. 4:84.',
        '- Problematische schulden zonder hulp',
        '  Zie: Awb art. 3:4 lid 2.',
        '',
        'Omgekeerde toets',
        '- Wat moet het besluit bereiken? Dat de inwoner wijzigingen in het inkomen voortaan op tijd doorgeeft.',
        '- Wat doet het besluit met dit huishouden? Een boete komt bovenop de huurachterstand. Het gezin kan dan de huur niet meer betalen en moet mogelijk het huis uit.',
        '- Past dat bij het doel van de wet? Nee. Een gesprek en uitleg in eenvoudige taal bereiken het doel ook, zonder het gezin verder in de problemen te brengen.',
        '',
        'Conclusie',
        'Afzien van het voorgenomen besluit.',
        'Wij volstaan met een gesprek over het doorgeven van wijzigingen, en melden de inwoner met toestemming aan bij de schuldhulpverlening.',
        '',
        'Gebruikte regels en uitspraken',
        AWB_3_4,
        AWB_4_84,
        '- Participatiewet art. 18a: Een boete voor het niet nakomen van de inlichtingenplicht uit artikel 17 lid 1.',
        '- CRvB 24 november 2014, ECLI:NL:CRVB:2014:3754: Een boete is geen vast bedrag: de hoogte past bij de ernst van de overtreding, de mate van verwijtbaarheid en de omstandigheden.',
      ].join('\n'),
    );
  });

  it('terugvordering during a schuldregeling, where the gemeente reacted late: doorgaan met aanpassing', () => {
    const state = stateFor(
      'terugvordering',
      {
        ...CALM,
        'onder-beslagvrije-voet': 'onbekend',
        'schuldhulp-loopt': 'ja',
        beschermingsbewind: 'ja',
        'vordering-raakt-regeling': 'ja',
        gezondheidsklachten: 'ja',
        'traject-loopt': 'nee',
        'gemeente-droeg-bij': 'ja',
        'lager-of-korter': 'ja',
        'verwijzing-of-maatwerk': 'nee',
        'verder-dan-herstel': 'nee',
        'dringende-redenen': 'onbekend',
      },
      {
        notes: {
          'onder-beslagvrije-voet': 'De gegevens voor de berekening zijn opgevraagd bij de bewindvoerder',
          'gemeente-droeg-bij': 'De wijziging in het inkomen is in mei gemeld en pas in september verwerkt',
          'schuldhulp-loopt': 'Minnelijk traject',
        },
        reverseTest: {
          purpose: 'Terugkrijgen wat te veel aan bijstand is betaald',
          effect: 'Een nieuwe vordering kan de lopende schuldregeling laten mislukken.',
          fitsLaw: 'Alleen als de terugvordering de schuldregeling niet doorkruist',
        },
        conclusion: {
          choice: 'doorgaan-met-aanpassing',
          explanation:
            'Voor de periode na de melding in mei wordt afgezien van terugvordering, omdat de gemeente de melding laat verwerkte.\nInvordering van de rest begint pas na afloop van de schuldregeling, in overleg met de bewindvoerder.',
        },
      },
    );
    expect(buildWeighingText(check, state)).toBe(
      [
        ...HEADER,
        'Voorgenomen besluit: terugvordering of verrekening.',
        '',
        'Meegewogen omstandigheden',
        '',
        'Inkomen en de stekker',
        '- Nieuwe achterstanden in vaste lasten zijn niet te verwachten.',
        '',
        ...HOUSING_FINE,
        'Schulden, bewind en Wsnp',
        '- Er loopt schuldhulpverlening of een schuldregeling.',
        '  Toelichting: Minnelijk traject.',
        '- Er loopt geen traject in de wettelijke schuldsanering (Wsnp).',
        '- Er is beschermingsbewind.',
        '- Een nieuwe vordering brengt de lopende schuldregeling in gevaar.',
        '',
        'Gezondheid',
        '- Er zijn lichamelijke of psychische gezondheidsklachten.',
        '- Een acute noodsituatie door het besluit is niet te verwachten.',
        '',
        'Lopende trajecten en betrokken professionals',
        '- Er loopt geen traject bij re-integratie, jeugdhulp, Wmo of ggz.',
        '- Er zijn niet veel instanties tegelijk bij het huishouden betrokken.',
        '',
        ...NO_ABUSE,
        ...UNDERSTOOD,
        'Verwijtbaarheid en rol van de gemeente',
        '- De gemeente heeft zelf bijgedragen, door laat op signalen te reageren of onduidelijke informatie te geven.',
        '  Toelichting: De wijziging in het inkomen is in mei gemeld en pas in september verwerkt.',
        '',
        ...HEARD,
        'Alternatieven',
        '- Een lager bedrag, een kortere duur of een betalingsregeling bereikt hetzelfde doel.',
        '- Een verwijzing of een eenmalige maatwerkoplossing helpt niet beter.',
        '- Volledige terugvordering gaat niet verder dan het herstel van wat te veel is betaald.',
        '',
        'Nog uitzoeken:',
        '- of het inkomen door het besluit onder de beslagvrije voet zakt',
        '  Toelichting: De gegevens voor de berekening zijn opgevraagd bij de bewindvoerder.',
        '- of er dringende redenen zijn om geheel of gedeeltelijk af te zien van terugvordering',
        '',
        'Aandachtspunten',
        '- Nieuwe vordering tijdens een schuldregeling of Wsnp-traject',
        '  Zie: Awb art. 3:4 lid 2; Awb art. 4:84.',
        '- Risico dat verrekening onder de beslagvrije voet komt',
        '  Zie: Participatiewet art. 60c (beslagvrije voet).',
        '- Late of onduidelijke reactie van de gemeente',
        '  Zie: Participatiewet art. 58 (dringende redenen); CRvB 13 december 2022 (terugvordering en evenredigheid).',
        '',
        'Omgekeerde toets',
        '- Wat moet het besluit bereiken? Terugkrijgen wat te veel aan bijstand is betaald.',
        '- Wat doet het besluit met dit huishouden? Een nieuwe vordering kan de lopende schuldregeling laten mislukken.',
        '- Past dat bij het doel van de wet? Alleen als de terugvordering de schuldregeling niet doorkruist.',
        '',
        'Conclusie',
        'Doorgaan met het voorgenomen besluit, met aanpassing.',
        'Voor de periode na de melding in mei wordt afgezien van terugvordering, omdat de gemeente de melding laat verwerkte. Invordering van de rest begint pas na afloop van de schuldregeling, in overleg met de bewindvoerder.',
        '',
        'Gebruikte regels en uitspraken',
        AWB_3_4,
        AWB_4_84,
        '- Participatiewet art. 58 (dringende redenen): Bij terugvordering kan het college om dringende redenen geheel of gedeeltelijk afzien van terugvordering.',
        '- CRvB 13 december 2022 (terugvordering en evenredigheid): Volledige terugvordering kan onevenredig zijn als die verder gaat dan herstel. Er is meer ruimte voor dringende redenen, zeker als de gemeente zelf traag op signalen reageerde.',
        '- Participatiewet art. 60c (beslagvrije voet): Bij verrekening blijft ten minste de beslagvrije voet over. Die wordt berekend met de gegevens van het huishouden; een vast percentage is niet toegestaan.',
      ].join('\n'),
    );
  });

  it('maatregel after a repeated missed appointment, everything in order: doorgaan', () => {
    const state = stateFor(
      'maatregel',
      {
        ...CALM,
        'onder-beslagvrije-voet': 'nee',
        'enige-inkomen-weg': 'nee',
        'schuldhulp-loopt': 'nee',
        beschermingsbewind: 'nee',
        'schulden-zonder-hulp': 'nee',
        gezondheidsklachten: 'nee',
        'traject-loopt': 'ja',
        'professionals-geraadpleegd': 'ja',
        verwijtbaar: 'ja',
        'eerder-gebeurd': 'ja',
        'gemeente-droeg-bij': 'nee',
        'lichter-middel': 'nee',
        'lager-of-korter': 'nee',
        'verwijzing-of-maatwerk': 'nee',
      },
      {
        notes: {
          'professionals-geraadpleegd': 'De werkcoach is geraadpleegd en ziet geen bezwaar',
          'lichter-middel': 'Na een waarschuwing in juni bleef de inwoner opnieuw zonder bericht weg',
        },
        reverseTest: {
          purpose: 'Dat de inwoner de afspraken met de werkcoach weer nakomt',
          effect: 'Een tijdelijke verlaging van één maand. De vaste lasten blijven betaalbaar',
          fitsLaw: 'Ja. De verlaging is tijdelijk en beperkt, en helpt bij de terugkeer naar het traject',
        },
        conclusion: { choice: 'doorgaan', explanation: '   ' },
      },
    );
    expect(buildWeighingText(check, state)).toBe(
      [
        ...HEADER,
        'Voorgenomen besluit: maatregel (verlaging).',
        '',
        'Meegewogen omstandigheden',
        '',
        'Inkomen en de stekker',
        '- Het inkomen blijft na het besluit boven de beslagvrije voet.',
        '- Het huishouden houdt na het besluit een inkomen.',
        '- Nieuwe achterstanden in vaste lasten zijn niet te verwachten.',
        '',
        ...HOUSING_FINE,
        'Schulden, bewind en Wsnp',
        '- Er loopt geen schuldhulpverlening of schuldregeling.',
        '- Er loopt geen traject in de wettelijke schuldsanering (Wsnp).',
        '- Er is geen beschermingsbewind.',
        '- Er zijn geen problematische schulden zonder hulp.',
        '',
        'Gezondheid',
        '- Er zijn geen gezondheidsklachten bekend die voor het besluit van belang zijn.',
        '- Een acute noodsituatie door het besluit is niet te verwachten.',
        '',
        'Lopende trajecten en betrokken professionals',
        '- Er loopt een traject bij re-integratie, jeugdhulp, Wmo of ggz.',
        '- De betrokken professionals zijn geraadpleegd.',
        '  Toelichting: De werkcoach is geraadpleegd en ziet geen bezwaar.',
        '- Er zijn niet veel instanties tegelijk bij het huishouden betrokken.',
        '',
        ...NO_ABUSE,
        ...UNDERSTOOD,
        'Verwijtbaarheid en rol van de gemeente',
        '- De inwoner valt iets te verwijten.',
        '- De inwoner is deze verplichting eerder niet nagekomen.',
        '- De gemeente heeft niet bijgedragen aan wat er misging.',
        '',
        ...HEARD,
        'Alternatieven',
        '- Een waarschuwing, een gesprek of herstel van de fout volstaat niet.',
        '  Toelichting: Na een waarschuwing in juni bleef de inwoner opnieuw zonder bericht weg.',
        '- Een lager bedrag, een kortere duur of een betalingsregeling bereikt het doel niet.',
        '- Een verwijzing of een eenmalige maatwerkoplossing helpt niet beter.',
        '',
        'Omgekeerde toets',
        '- Wat moet het besluit bereiken? Dat de inwoner de afspraken met de werkcoach weer nakomt.',
        '- Wat doet het besluit met dit huishouden? Een tijdelijke verlaging van één maand. De vaste lasten blijven betaalbaar.',
        '- Past dat bij het doel van de wet? Ja. De verlaging is tijdelijk en beperkt, en helpt bij de terugkeer naar het traject.',
        '',
        'Conclusie',
        'Doorgaan met het voorgenomen besluit.',
        '',
        'Gebruikte regels en uitspraken',
        AWB_3_4,
        '- Participatiewet art. 18 lid 2: Het college verlaagt de bijstand volgens de verordening als een verplichting niet wordt nagekomen of bij een tekortschietend besef van verantwoordelijkheid. De verlaging past bij de ernst van de gedraging, de mate van verwijtbaarheid en de omstandigheden.',
      ].join('\n'),
    );
  });

  it('waarschuwing, half done: lists what is still open and what does not apply, and ignores stale answers', () => {
    const state = stateFor(
      'waarschuwing',
      // huurachterstand was answered before the user switched to a waarschuwing; it must not appear.
      { 'regel-begrepen': 'onbekend', verwijtbaar: 'ja', 'misbruik-of-uitbuiting': 'ja', huurachterstand: 'ja' },
      { notes: { 'regel-begrepen': 'vragen in het gesprek van volgende week', huurachterstand: 'oude notitie' } },
    );
    expect(buildWeighingText(check, state)).toBe(
      [
        ...HEADER,
        'Voorgenomen besluit: waarschuwing.',
        '',
        'Meegewogen omstandigheden',
        '',
        'Kwetsbaarheid en afhankelijkheid',
        '- Er zijn signalen van misbruik of uitbuiting door een partner of een ander.',
        '',
        'Verwijtbaarheid en rol van de gemeente',
        '- De inwoner valt iets te verwijten.',
        '',
        'Nog uitzoeken:',
        '- of er een traject loopt bij re-integratie, jeugdhulp, Wmo of ggz',
        '- hoeveel instanties bij het huishouden betrokken zijn',
        '- of de inwoner afhankelijk is van een ander',
        '- of de inwoner de regel begreep',
        '  Toelichting: vragen in het gesprek van volgende week.',
        '- of de regel in eenvoudige taal is uitgelegd',
        '- of er een taal- of leesdrempel is',
        '- of er sprake was van acute stress toen de verplichting niet werd nagekomen',
        '- of de inwoner deze verplichting eerder niet is nagekomen',
        '- of de gemeente zelf heeft bijgedragen aan wat er misging',
        '- of de inwoner is gehoord',
        '- of er persoonlijk contact is geweest over wat er misging',
        '',
        'Bij dit besluit niet van toepassing:',
        '- inkomen en de stekker',
        '- wonen',
        '- kinderen',
        '- schulden, bewind en Wsnp',
        '- gezondheid',
        '- alternatieven',
        '',
        'Aandachtspunten',
        '- Signalen van misbruik of uitbuiting',
        '  Zie: Awb art. 3:4 lid 2.',
        '',
        'Omgekeerde toets',
        '- Wat moet het besluit bereiken? Nog niet ingevuld.',
        '- Wat doet het besluit met dit huishouden? Nog niet ingevuld.',
        '- Past dat bij het doel van de wet? Nog niet ingevuld.',
        '',
        'Conclusie',
        'Nog geen conclusie.',
        '',
        'Gebruikte regels en uitspraken',
        AWB_3_4,
      ].join('\n'),
    );
  });

  it('says so when nothing has been established yet', () => {
    const text = buildWeighingText(check, stateFor('intrekking', {}));
    expect(text).toContain('Meegewogen omstandigheden\n\nEr zijn nog geen omstandigheden vastgesteld.');
  });

  it('refuses to build without a known measure', () => {
    const { measure: _measure, ...withoutMeasure } = stateFor('boete', {});
    expect(() => buildWeighingText(check, withoutMeasure)).toThrow(RangeError);
    expect(() => buildWeighingText(check, stateFor('ontslag', {}))).toThrow(RangeError);
  });
});
