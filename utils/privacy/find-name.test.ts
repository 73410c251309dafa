import { describe, expect, it } from 'vitest';
import { findNames } from './find-name';

const texts = (text: string) => findNames(text).map((f) => f.text);

describe('findNames', () => {
  it.each([
    ['Mevrouw Jansen kreeg een terugvordering.', 'Jansen'],
    ['Ik heb dhr. De Vries gebeld.', 'De Vries'],
    ['De heer van den Berg is het niet eens.', 'van den Berg'],
    ['mevr. van der Linden vraagt of het meetelt.', 'van der Linden'],
    ['Gesprek met meneer Öztürk over zijn inkomsten.', 'Öztürk'],
    ['mw. Şahin gaf haar inkomsten door.', 'Şahin'],
    ['Contact met juffrouw Postma van de school.', 'Postma'],
    ['De familie Hoekstra heeft vijf kinderen.', 'Hoekstra'],
    ['Ik sprak mevrouw El Idrissi gisteren.', 'El Idrissi'],
    ['Terugbelverzoek van mevrouw Agnieszka Nowak.', 'Agnieszka Nowak'],
    ['De heer Van Dijk-Mulder heeft een pgb.', 'Van Dijk-Mulder'],
    ['Mevrouw VAN DER BERG wil een afspraak.', 'VAN DER BERG'],
    ['Dhr.Bakker leverde niets in.', 'Bakker'],
  ])('finds the name after a title in "%s", without the title', (text, name) => {
    expect(texts(text)).toEqual([name]);
  });

  it.each([
    ['J. de Boer heeft bezwaar gemaakt.', 'J. de Boer'],
    ['Volgens J.P. Jansen-Smit is het te laat.', 'J.P. Jansen-Smit'],
    ["Cliënt H.M. van 't Hof heeft een WIA-uitkering.", "H.M. van 't Hof"],
    ['Getekend door M. Bakker-de Wit.', 'M. Bakker-de Wit'],
    ['Het bezwaar van mr. A. Visser is gegrond.', 'A. Visser'],
    ['Bewindvoerder mr. drs. P. Hofstra stuurde het plan.', 'P. Hofstra'],
    ['Afspraak met mevrouw A. el Khatib verzet.', 'A. el Khatib'],
  ])('finds the name marked by initials in "%s"', (text, name) => {
    expect(texts(text)).toEqual([name]);
  });

  it.each([
    ['Fatima El Amrani belde over de norm.', 'Fatima El Amrani'],
    ['Mohamed Bouzid verloor zijn baan.', 'Mohamed Bouzid'],
    ['Sanne de Wit is mantelzorger.', 'Sanne de Wit'],
    ['Anna-Maria de Jong vraagt bijstand aan.', 'Anna-Maria de Jong'],
    ['Ik heb Tjitske Hoekstra doorverwezen.', 'Tjitske Hoekstra'],
  ])('finds a common first name with its surname in "%s"', (text, name) => {
    expect(texts(text)).toEqual([name]);
  });

  it('reads a first name that is also a surname correctly', () => {
    expect(texts('Ahmed Hassan en Khadija Hassan zijn kostendelers.')).toEqual(['Ahmed Hassan', 'Khadija Hassan']);
  });

  it.each([
    'Mevrouw heeft geen recht op toeslag.',
    'De heer heeft zijn inkomsten niet doorgegeven.',
    'Ik sprak een mevrouw van de Voedselbank.',
    'Een meneer van het UWV belde terug.',
    'De Centrale Raad van Beroep oordeelde anders.',
    'Volgens de Raad van State is dat niet zo.',
    'Team Inkomen van gemeente Leeuwarden en de Belastingdienst.',
    'De Participatiewet, de Awb en de CRvB.',
    'Zie bijlage B. Daarna volgt de onderbouwing.',
    'N.B. De termijn is zes weken.',
    'Het Emma Kinderziekenhuis verwees door.',
    'Zij werkt 24 uur bij Albert Heijn.',
    'Kostendelers wonen samen. Sociale Verzekeringsbank betaalt de AOW.',
  ])('finds no name in "%s"', (text) => {
    expect(texts(text)).toEqual([]);
  });

  it('does not treat a capitalised word at the start of a sentence as a name', () => {
    expect(texts('Jansen is een veelvoorkomende achternaam. Bakker ook.')).toEqual([]);
  });
});
