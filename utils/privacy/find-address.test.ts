import { describe, expect, it } from 'vitest';
import { findAddresses } from './find-address';

const texts = (text: string) => findAddresses(text).map((f) => f.text);

describe('findAddresses', () => {
  it.each([
    ['Ze woont op Kerkstraat 12 bij haar zus.', 'Kerkstraat 12'],
    ['Nieuw adres: Burgemeester de Vlugtlaan 12-3, 1063 BK Amsterdam.', 'Burgemeester de Vlugtlaan 12-3'],
    ['bij een vriend aan de Oude Gracht 5bis.', 'Oude Gracht 5bis'],
    ['De kamer aan de Hoofdweg 101 A wordt gedeeld.', 'Hoofdweg 101 A'],
    ['voor de woning aan de Stationsweg 45a.', 'Stationsweg 45a'],
    ['Inschrijving op Laan van Meerdervoort 50 is in onderzoek.', 'Laan van Meerdervoort 50'],
    ['Het adres Willem Lodewijkstraat 33 is gekoppeld.', 'Willem Lodewijkstraat 33'],
    ['Adres: Van Harinxmastraat 3, Leeuwarden.', 'Van Harinxmastraat 3'],
    ['Inschrijving op Zuidergrachtswal 4 klopt niet.', 'Zuidergrachtswal 4'],
    ['hij woont op de kerkstraat 14 in Dokkum', 'kerkstraat 14'],
    ['Sinds maart woont ze op Kastanjehof 27.', 'Kastanjehof 27'],
  ])('finds the street and number in "%s"', (text, address) => {
    expect(texts(text)).toEqual([address]);
  });

  it('finds two addresses in one sentence', () => {
    expect(texts('Verhuisd van Tuinstraat 8 naar Dorpsstraat 21.')).toEqual(['Tuinstraat 8', 'Dorpsstraat 21']);
  });

  it.each([
    'De bus rijdt niet meer door de Kerkstraat, dus cliënten komen niet.',
    'Op de Stationsweg zijn drie woningen vrijgekomen.',
    'Stuur het bezwaarschrift naar Postbus 1234.',
    'We zijn op de Stationsweg 3 keer langs geweest.',
    'Hij was onderweg 2 uur kwijt.',
    'Op grond van art. 18 lid 2 Pw en de Participatiewet 2015.',
    "Cliënt H.M. van 't Hof heeft een WIA-uitkering.",
  ])('finds no address in "%s"', (text) => {
    expect(texts(text)).toEqual([]);
  });
});
