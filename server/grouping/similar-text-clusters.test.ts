/** @vitest-environment node */
import { describe, expect, it } from 'vitest';
import { clusterSimilarTexts } from './similar-text-clusters';

const items = (texts: string[]) => texts.map((text, i) => ({ id: `s${i}`, text }));

describe('clusterSimilarTexts', () => {
  it('puts Dutch paraphrases of one problem together and keeps unrelated ones apart', () => {
    const clusters = clusterSimilarTexts(
      items([
        'Kostendelersnorm treft jongeren die bij ouders wonen te hard', // s0
        'Brief over terugvordering is onbegrijpelijk voor inwoners', // s1
        'De kostendelersnorm raakt jongeren die thuis bij hun ouders wonen veel te hard', // s2
        'Het systeem laat geen maatwerk toe bij de inlichtingenplicht', // s3
        'De terugvorderingsbrief is niet te begrijpen voor de inwoner', // s4
        'Inlichtingenplicht: geen ruimte voor maatwerk in het systeem', // s5
        'Jongeren bij ouders thuis krijgen door de kostendelersnorm te weinig', // s6
        'Wachttijd bij schuldhulp is te lang', // s7
        'De wachttijd voor schuldhulpverlening is veel te lang voor inwoners', // s8
        'Het formulier voor bijzondere bijstand is te ingewikkeld', // s9
        'De brief is te lang', // s10
        'Het is niet duidelijk wat de regel is voor de inwoner', // s11
      ]),
    );
    expect(clusters).toEqual([['s0', 's2', 's6'], ['s1', 's4'], ['s3', 's5'], ['s7', 's8'], ['s9'], ['s10'], ['s11']]);
  });

  it('does not join texts that share only stop words or one word', () => {
    const clusters = clusterSimilarTexts(
      items(['De brief is te laat verstuurd', 'De wachttijd is te lang', 'Het is niet te doen voor de inwoner']),
    );
    expect(clusters).toEqual([['s0'], ['s1'], ['s2']]);
  });

  it('returns every item exactly once, and nothing for no input', () => {
    expect(clusterSimilarTexts([])).toEqual([]);
    const texts = items(['Giftenvrijlating: kennisartikel ontbreekt', 'Er is geen kennisartikel over de giftenvrijlating', '!!!']);
    expect(clusterSimilarTexts(texts).flat().sort()).toEqual(['s0', 's1', 's2']);
  });
});
