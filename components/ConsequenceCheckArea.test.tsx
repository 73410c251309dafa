import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { handhaving } from '../test/fixtures/checklists';
import { renderWithApp } from '../test/fixtures/render-app';
import { ConsequenceCheckArea } from './ConsequenceCheckArea';

afterEach(cleanup);

const label = (questionId: string) =>
  handhaving.groups.flatMap((group) => group.questions).find((question) => question.id === questionId)!.label;

function answer(questionId: string, value: 'Ja' | 'Nee' | 'Onbekend') {
  fireEvent.click(within(screen.getByRole('group', { name: label(questionId) })).getByRole('radio', { name: value }));
}

async function press(name: string | RegExp) {
  fireEvent.click(screen.getByRole('button', { name }));
  await new Promise((resolve) => setTimeout(resolve, 0));
}

async function startWith(measure: string) {
  const app = await renderWithApp(<ConsequenceCheckArea />);
  fireEvent.click(screen.getByRole('radio', { name: new RegExp(`^${measure}`) }));
  fireEvent.click(screen.getByRole('button', { name: /Verder naar de vragen/ }));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return app;
}

describe('ConsequenceCheckArea', () => {
  it('asks for the intended measure first and will not go on without one', async () => {
    await renderWithApp(<ConsequenceCheckArea />);
    expect(screen.getByRole('heading', { level: 2, name: /Welk besluit bent u van plan\?/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Vragen/ }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /Verder naar de vragen/ }));
    expect(screen.getByText('Kies eerst het besluit dat u van plan bent.')).toBeTruthy();
  });

  it('marks the groups that do not apply to the chosen measure', async () => {
    await startWith('Waarschuwing');
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { level: 2, name: /Gevolgen voor het huishouden \(deel 1 van 2\)$/ }),
    );
    const skippedLines = () =>
      screen.getAllByText(/niet van toepassing bij waarschuwing/, { selector: 'p' }).map((line) => line.textContent);
    expect(skippedLines()).toEqual(
      ['Inkomen en de stekker', 'Wonen', 'Kinderen', 'Schulden, bewind en Wsnp', 'Gezondheid'].map(
        (title) => `${title}: niet van toepassing bij waarschuwing`,
      ),
    );
    expect(screen.queryByRole('group', { name: label('huurachterstand') })).toBeNull();
    await press(/^Volgende: vragen deel 2 van 2/);
    expect(skippedLines()).toEqual(['Alternatieven: niet van toepassing bij waarschuwing']);
    expect(screen.getByRole('heading', { level: 3, name: 'Hoor en wederhoor' })).toBeTruthy();
  });

  it('raises "let op" with the reason, the legal hooks and the article while answering, and announces it', async () => {
    await startWith('Boete');
    expect(screen.queryByRole('complementary', { name: /Dreigende huisuitzetting/ })).toBeNull();
    answer('huurachterstand', 'Ja');
    answer('kinderen-in-huishouden', 'Ja');
    const card = screen.getByRole('complementary', {
      name: 'Let op: Dreigende huisuitzetting in een huishouden met kinderen',
    });
    expect(card.textContent).toContain('Er dreigt huisuitzetting in een huishouden met kinderen.');
    expect(within(card).getByText('Awb art. 3:4 lid 2')).toBeTruthy();
    expect(within(card).getByText('Awb art. 4:84')).toBeTruthy();
    expect(
      within(card).getByRole('button', { name: 'Lees in de kennisbank: Vroegsignalering van schulden' }),
    ).toBeTruthy();
    // The card sits with the group where the answer that raised it was given.
    expect(card.closest('section')?.getAttribute('aria-labelledby')).toBe('komma-group-kinderen');
    await screen.findByText('Let op: Dreigende huisuitzetting in een huishouden met kinderen.');

    answer('kinderen-in-huishouden', 'Nee');
    expect(screen.queryByRole('complementary', { name: /Dreigende huisuitzetting/ })).toBeNull();
  });

  it('asks at most nine questions per screen and, at the last pause point, leads back to screens with open questions', async () => {
    await startWith('Boete');
    const screens: string[][] = [];
    for (;;) {
      const groups = screen.getAllByRole('group', { name: /\?$/ });
      expect(groups.length).toBeLessThanOrEqual(9);
      screens.push(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent!));
      const next = screen.queryByRole('button', { name: /^Volgende: vragen deel/ });
      if (!next) break;
      // Leave the first screen open; answer the others.
      if (screens.length > 1)
        for (const group of groups) fireEvent.click(within(group).getByRole('radio', { name: 'Nee' }));
      fireEvent.click(next);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    expect(screens.length).toBeGreaterThan(1);
    expect(screens[0]).toEqual([
      'Inkomen en de stekker',
      'Wonen',
      'Kinderen',
      'Pauzemoment: Voordat u naar deel 2 gaat',
    ]);
    expect(screens.at(-1)).toContain('Alternatieven');

    expect(screen.getByRole('heading', { name: 'Pauzemoment: Voordat u de omgekeerde toets doet' })).toBeTruthy();
    expect(screen.getByText('In eerdere delen staan nog vragen open:')).toBeTruthy();
    await press('Naar deel 1');
    expect(document.activeElement).toBe(
      screen.getByRole('heading', {
        level: 2,
        name: new RegExp(`Gevolgen voor het huishouden \\(deel 1 van ${screens.length}\\)$`),
      }),
    );
    expect(screen.getByRole('group', { name: label('huurachterstand') })).toBeTruthy();
  });

  it('warns about personal data in a note while typing', async () => {
    await startWith('Boete');
    const group = screen.getByRole('group', { name: label('huurachterstand') });
    fireEvent.click(within(group).getByRole('button', { name: /^Toelichting/ }));
    const note = within(group).getByRole('textbox', { name: 'Korte toelichting (optioneel)' });
    fireEvent.input(note, { target: { value: 'Bel terug op 06-12345678' } });
    expect(
      within(group).getByText('Dit lijkt een telefoonnummer. Schrijf geen gegevens van de inwoner op.'),
    ).toBeTruthy();
  });

  it('ends with the conclusion, the weighing text and one-click copy; "Dit knelt" reports the outcome', async () => {
    const { models, services } = await startWith('Terugvordering');
    await press(/^Volgende: vragen deel 2/);
    answer('schuldhulp-loopt', 'Ja');
    await press(/^Omgekeerde toets/);
    fireEvent.input(screen.getByRole('textbox', { name: 'Wat moet het besluit bereiken?' }), {
      target: { value: 'Terugkrijgen wat te veel is betaald' },
    });
    fireEvent.click(screen.getByRole('button', { name: /Volgende: Conclusie/ }));
    await new Promise((resolve) => setTimeout(resolve, 0));

    fireEvent.click(screen.getByRole('radio', { name: 'Voorleggen aan doorbraak- of maatwerkoverleg' }));
    const text = screen.getByRole('region', { name: 'Voorbeeld van de afwegingstekst' }).textContent!;
    expect(text).toContain('Voorgenomen besluit: terugvordering of verrekening.');
    expect(text).toContain('- Wat moet het besluit bereiken? Terugkrijgen wat te veel is betaald.');
    expect(text).toContain('Eerst voorleggen aan het doorbraak- of maatwerkoverleg');
    expect(text).toContain('- Nieuwe vordering tijdens een schuldregeling of Wsnp-traject');

    fireEvent.click(screen.getByRole('button', { name: 'Kopieer afwegingstekst' }));
    await screen.findByText('Gekopieerd. U kunt de tekst nu plakken.');
    expect(services.copied).toEqual([text]);

    fireEvent.click(screen.getByRole('button', { name: 'Dit knelt: de uitkomst van deze afweging' }));
    expect(models.panel.signalSource.value).toEqual({ kind: 'checklist', ref: 'handhaving/conclusie' });
  });
});
