import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { gesprek } from '../test/fixtures/checklists';
import { renderWithApp } from '../test/fixtures/render-app';
import { ConversationArea } from './ConversationArea';

afterEach(cleanup);

const firstPhase = gesprek.phases[0]!;

function itemGroup(label: string) {
  return screen.getByRole('group', { name: label });
}

function pausePoint() {
  return screen.getByRole('region', { name: /Pauzemoment/ });
}

describe('ConversationArea', () => {
  it('answers each item with gedaan, niet van toepassing or nog doen in its own labelled group', async () => {
    const { models } = await renderWithApp(<ConversationArea />);
    const group = itemGroup(firstPhase.items[0]!.label);
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((radio) => radio.closest('label')?.textContent)).toEqual([
      'Gedaan',
      'Niet van toepassing',
      'Nog doen',
    ]);
    fireEvent.click(within(group).getByRole('radio', { name: 'Nog doen' }));
    expect(within(group).getByRole('radio', { name: 'Nog doen' })).toHaveProperty('checked', true);
    expect(models.conversation!.value!.state.value.answers[firstPhase.items[0]!.id]).toBe('nog-doen');
  });

  it('keeps unanswered and "nog doen" items open at the pause point until they are done', async () => {
    await renderWithApp(<ConversationArea />);
    const [first, second, ...rest] = firstPhase.items;
    expect(within(pausePoint()).getByText(`Nog ${firstPhase.items.length} punten open:`)).toBeTruthy();

    fireEvent.click(within(itemGroup(first!.label)).getByRole('radio', { name: 'Nog doen' }));
    fireEvent.click(within(itemGroup(second!.label)).getByRole('radio', { name: 'Niet van toepassing' }));
    for (const item of rest) fireEvent.click(within(itemGroup(item.label)).getByRole('radio', { name: 'Gedaan' }));

    const open = within(pausePoint()).getAllByRole('listitem');
    expect(open.map((entry) => entry.textContent)).toEqual([`${first!.label} (nog doen)`]);
    expect(screen.getByRole('button', { name: /^Voorbereiden\W+1 open$/ })).toBeTruthy();

    fireEvent.click(within(itemGroup(first!.label)).getByRole('radio', { name: 'Gedaan' }));
    expect(within(pausePoint()).getByText('Alles in deze fase is gedaan of niet van toepassing.')).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Voorbereiden\W+klaar$/ })).toBeTruthy();
  });

  it('opens the "waarom" with its reason and article link, and reports "Dit knelt" about the item', async () => {
    const { models } = await renderWithApp(<ConversationArea />);
    const item = firstPhase.items[0]!;
    const toggle = within(itemGroup(item.label)).getByRole('button', { name: `Waarom? ${item.label}` });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText(item.why)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: `Dit knelt: ${item.label}` }));
    expect(models.panel.area.value).toBe('signalen');
    expect(models.panel.signalSource.value).toEqual({ kind: 'checklist', ref: `gesprek/${item.id}` });
  });

  it('an article link opens the article in the Kennisbank', async () => {
    const { models } = await renderWithApp(<ConversationArea />);
    const item = firstPhase.items.find((candidate) => candidate.articles.includes('stress-sensitief-werken'))!;
    fireEvent.click(within(itemGroup(item.label)).getByRole('button', { name: /^Waarom\?/ }));
    fireEvent.click(screen.getAllByRole('button', { name: 'Lees in de kennisbank: Stress-sensitief werken' })[0]!);
    expect(models.panel.area.value).toBe('kennisbank');
    expect(models.knowledge.openArticleId.value).toBe('stress-sensitief-werken');
  });

  it('moves focus to the heading of the next phase', async () => {
    await renderWithApp(<ConversationArea />);
    fireEvent.click(screen.getByRole('button', { name: /Volgende: Tijdens het gesprek/ }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    const heading = screen.getByRole('heading', { level: 2, name: /Tijdens het gesprek/ });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByRole('button', { name: /Tijdens het gesprek/, current: 'step' })).toBeTruthy();
  });

  it('adds an agreement only when complete, and writes it into the letter text with a concrete date', async () => {
    const { models, services } = await renderWithApp(<ConversationArea />);
    models.conversation!.value!.goToPhase('afronden');
    await new Promise((resolve) => setTimeout(resolve, 0));

    fireEvent.click(screen.getByRole('button', { name: 'Afspraak toevoegen' }));
    const what = screen.getByRole('textbox', { name: 'Wat moet er gebeuren?' });
    expect(what.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Beschrijf wat er moet gebeuren.')).toBeTruthy();
    expect(screen.getByText('Kies een datum.')).toBeTruthy();

    fireEvent.input(what, { target: { value: 'Stuur de loonstroken van oktober op' } });
    fireEvent.input(screen.getByLabelText('Vóór welke datum?'), { target: { value: '2026-12-04' } });
    fireEvent.click(screen.getByRole('button', { name: 'Afspraak toevoegen' }));
    expect(
      within(screen.getByRole('list', { name: 'Genoteerde afspraken' })).getByText(
        /Stuur de loonstroken van oktober op vóór vrijdag 4 december 2026/,
      ),
    ).toBeTruthy();

    models.conversation!.value!.goToPhase('brief-of-bericht');
    await new Promise((resolve) => setTimeout(resolve, 0));
    const text = screen.getByRole('region', { name: 'Voorbeeld van de tekst' });
    expect(text.textContent).toContain(
      'Wat moet u doen?\n- Stuur de loonstroken van oktober op vóór vrijdag 4 december 2026.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Kopieer tekst' }));
    await screen.findByText('Gekopieerd. U kunt de tekst nu plakken.');
    expect(services.copied).toEqual([text.textContent]);
  });

  it('warns politely while typing something that looks like personal data', async () => {
    const { models } = await renderWithApp(<ConversationArea />);
    models.conversation!.value!.goToPhase('afronden');
    await new Promise((resolve) => setTimeout(resolve, 0));
    const what = screen.getByRole('textbox', { name: 'Wat moet er gebeuren?' });
    fireEvent.input(what, { target: { value: 'Inwoner met BSN 111222333 belt' } });
    const warning = document.getElementById(what.getAttribute('aria-describedby')!.split(' ').at(-1)!)!;
    expect(warning.getAttribute('aria-live')).toBe('polite');
    expect(warning.textContent).toBe('Dit lijkt een BSN. Schrijf geen gegevens van de inwoner op.');
  });

  it('"Nieuw gesprek" asks first, and clears everything only after "Ja, alles wissen"', async () => {
    const { models } = await renderWithApp(<ConversationArea />);
    fireEvent.click(within(itemGroup(firstPhase.items[0]!.label)).getByRole('radio', { name: 'Gedaan' }));
    const dialog = document.getElementById('komma-gesprek-reset') as HTMLDialogElement;

    fireEvent.click(screen.getByRole('button', { name: 'Nieuw gesprek' }));
    expect(dialog.open).toBe(true);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(models.conversation!.value!.hasProgress.value).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Nieuw gesprek' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ja, alles wissen' }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(models.conversation!.value!.hasProgress.value).toBe(false);
    expect(screen.getByText('Nieuw gesprek. Alle antwoorden en afspraken zijn gewist.')).toBeTruthy();
  });
});
