import { formatDeadline } from '../../utils/checklists/format-dutch-date';
import { localIsoDate } from '../../utils/knowledge/review-status';
import { gesprek, handhaving } from '../fixtures/checklists';
import { expect, test } from './fixtures';
import { tabTo, typeDate } from './helpers/keyboard';
import { GesprekArea } from './pages/GesprekArea';
import { HandhavingArea } from './pages/HandhavingArea';
import { SidePanel } from './pages/SidePanel';

const [voorbereiden, tijdens, afronden, brief] = gesprek.phases;
const questionLabel = (id: string) =>
  handhaving.groups.flatMap((group) => group.questions).find((question) => question.id === id)!.label;

/** First use by keyboard: Tab to the role, Space, Tab to "Verder", Enter. */
async function chooseRoleByKeyboard(panel: SidePanel, role: string) {
  const radio = panel.page.getByRole('radio', { name: new RegExp(role, 'i') });
  await tabTo(panel.page, panel.page.getByRole('radio').first());
  while (!(await radio.evaluate((element) => element === document.activeElement))) {
    await panel.page.keyboard.press('ArrowDown');
  }
  await panel.page.keyboard.press('Space');
  await tabTo(panel.page, panel.page.getByRole('button', { name: 'Verder' }));
  await panel.page.keyboard.press('Enter');
}

test.describe('Gesprek and Handhaving in the built extension', () => {
  // A keyboard walk checks focus after every key press, which takes longer than a mouse test.
  test.describe.configure({ timeout: 180_000 });

  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('Gesprek: walk every phase by keyboard, keep progress across reopening, copy the letter text, start over', async ({
    context,
    extensionId,
  }) => {
    let panel = await SidePanel.open(context, extensionId);
    await chooseRoleByKeyboard(panel, 'Inkomensconsulent');
    await expect(panel.tab('Gesprek')).toHaveAttribute('aria-selected', 'true');
    let area = new GesprekArea(panel.page);
    await expect(area.phaseHeading()).toContainText(voorbereiden!.title);
    await area.expectAccessible();

    // Voorbereiden: everything done except one item marked "nog doen" and one left open.
    const [toDo, skipped, ...done] = voorbereiden!.items;
    for (const item of done) await area.answerByKeyboard(item.label, 'Gedaan');
    await area.answerByKeyboard(toDo!.label, 'Nog doen');
    await expect(area.pausePoint().getByRole('listitem')).toHaveText([
      `${toDo!.label} (nog doen)`,
      `${skipped!.label} (nog niet beantwoord)`,
    ]);
    // The "waarom" opens by keyboard and says whether it is open.
    const why = area.group(done[0]!.label).getByRole('button', { name: /^Waarom\?/ });
    await tabTo(panel.page, why);
    await panel.page.keyboard.press('Enter');
    await expect(why).toHaveAttribute('aria-expanded', 'true');
    await expect(area.group(done[0]!.label)).toContainText(done[0]!.why.slice(0, 40));
    await area.expectAccessible();

    await area.pressButton(`Volgende: ${tijdens!.title}`);
    await expect(area.phaseHeading()).toBeFocused();
    await expect(area.phaseHeading()).toContainText(tijdens!.title);
    await area.answerByKeyboard(tijdens!.items[0]!.label, 'Gedaan');
    await area.answerByKeyboard(tijdens!.items[1]!.label, 'Niet van toepassing');
    await area.expectAccessible();

    // Close the panel mid-way and open it again: same phase, same answers.
    await panel.page.close();
    panel = await SidePanel.open(context, extensionId);
    area = new GesprekArea(panel.page);
    await expect(area.phaseHeading()).toContainText(tijdens!.title);
    await expect(area.answer(tijdens!.items[0]!.label, 'Gedaan')).toBeChecked();
    await expect(area.answer(tijdens!.items[1]!.label, 'Niet van toepassing')).toBeChecked();
    await expect(area.currentStep()).toContainText(tijdens!.title);
    await expect(area.stepper().getByRole('button', { name: new RegExp(`^${voorbereiden!.title}`) })).toContainText(
      '2 open',
    );

    // Afronden: note an agreement with a date picked by keyboard.
    await area.pressButton(`Volgende: ${afronden!.title}`);
    await expect(area.phaseHeading()).toBeFocused();
    for (const item of afronden!.items) await area.answerByKeyboard(item.label, 'Gedaan');
    const due = new Date();
    due.setDate(due.getDate() + 10);
    const dueIso = localIsoDate(due);
    await tabTo(panel.page, area.agreementWhat());
    await panel.page.keyboard.type('Stuur de loonstroken van oktober op');
    await panel.page.keyboard.press('Tab'); // "Wie doet het?": Inwoner is chosen already
    await expect(panel.page.getByRole('radio', { name: 'Inwoner' })).toBeFocused();
    await panel.page.keyboard.press('Tab');
    await expect(area.agreementDue()).toBeFocused();
    await typeDate(panel.page, dueIso);
    await area.pressButton('Afspraak toevoegen');
    await expect(area.agreements()).toHaveCount(1);
    await expect(area.agreements().first()).toContainText(
      `Stuur de loonstroken van oktober op ${formatDeadline(dueIso)}`,
    );
    await expect(area.pausePoint()).toContainText('Alles in deze fase is gedaan of niet van toepassing.');
    await area.expectAccessible();

    // Brief of bericht: the letter text, copied in one keypress.
    await area.pressButton(`Volgende: ${brief!.title}`);
    await expect(area.phaseHeading()).toBeFocused();
    await expect(area.letterText()).toContainText(
      `Wat moet u doen?\n- Stuur de loonstroken van oktober op ${formatDeadline(dueIso)}.`,
    );
    await area.pressButton('Kopieer tekst');
    await expect(area.copyStatus()).toHaveText('Gekopieerd. U kunt de tekst nu plakken.');
    const copied = await panel.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await area.letterText().textContent());
    await area.expectAccessible();

    // "Nieuw gesprek": confirmed by keyboard, everything gone, also after reopening.
    await area.startOverByKeyboard();
    await expect(area.phaseHeading()).toBeFocused();
    await expect(area.phaseHeading()).toContainText(voorbereiden!.title);
    await expect(area.answer(done[0]!.label, 'Gedaan')).not.toBeChecked();
    await panel.page.close();
    panel = await SidePanel.open(context, extensionId);
    area = new GesprekArea(panel.page);
    await expect(area.phaseHeading()).toContainText(voorbereiden!.title);
    await expect(area.pausePoint()).toContainText(`Nog ${voorbereiden!.items.length} punten open`);
  });

  test('Handhaving: measure first, let op while answering, omgekeerde toets, conclusion and weighing text, by keyboard', async ({
    context,
    extensionId,
  }) => {
    let panel = await SidePanel.open(context, extensionId);
    await chooseRoleByKeyboard(panel, 'Handhaver');
    await expect(panel.tab('Handhaving')).toHaveAttribute('aria-selected', 'true');
    let area = new HandhavingArea(panel.page);
    await expect(area.phaseHeading()).toContainText('Welk besluit bent u van plan?');
    await area.expectAccessible();

    // Step 1: the measure. Tab into the radio group, arrow down to "Boete".
    await tabTo(panel.page, area.measure('Waarschuwing'));
    await panel.page.keyboard.press('ArrowDown');
    await panel.page.keyboard.press('ArrowDown');
    await expect(area.measure('Boete')).toBeChecked();
    await area.pressButton('Verder naar de vragen');
    await expect(area.phaseHeading()).toBeFocused();

    // Step 2, first screen of questions: "let op" appears while answering, with the reason and the legal hook.
    await expect(area.phaseHeading()).toContainText('(deel 1 van 4)');
    await area.answerByKeyboard(questionLabel('huurachterstand'), 'Ja');
    await expect(area.letOp('Dreigende huisuitzetting in een huishouden met kinderen')).toHaveCount(0);
    await area.answerByKeyboard(questionLabel('kinderen-in-huishouden'), 'Ja');
    const eviction = area.letOp('Dreigende huisuitzetting in een huishouden met kinderen');
    await expect(eviction).toBeVisible();
    await expect(eviction).toContainText('Awb art. 3:4 lid 2');
    await expect(eviction.getByRole('button', { name: /^Lees in de kennisbank/ })).toBeVisible();
    // A short note, typed by keyboard, with the privacy warning as soon as it looks like a BSN.
    const noteToggle = area.group(questionLabel('huurachterstand')).getByRole('button', { name: /^Toelichting/ });
    await tabTo(panel.page, noteToggle, { backwards: true });
    await panel.page.keyboard.press('Enter');
    await panel.page.keyboard.press('Tab');
    await panel.page.keyboard.type('Verhuurder meldt achterstand van drie maanden');
    await expect(area.group(questionLabel('huurachterstand'))).not.toContainText('Dit lijkt');
    await panel.page.keyboard.type(', BSN 111222333');
    await expect(area.group(questionLabel('huurachterstand'))).toContainText(
      'Dit lijkt een BSN. Schrijf geen gegevens van de inwoner op.',
    );
    await panel.page.keyboard.press('Control+A');
    await panel.page.keyboard.type('Verhuurder meldt achterstand van drie maanden');
    await area.expectAccessible();

    // One screen at a time, at most nine questions each, to the last screen with blame and alternatives.
    for (const part of [2, 3, 4]) {
      await area.pressButton(new RegExp(`^Volgende: vragen deel ${part} van 4`));
      await expect(area.phaseHeading()).toBeFocused();
      await expect(area.phaseHeading()).toContainText(`(deel ${part} van 4)`);
      expect(await panel.page.getByRole('group', { name: /\?$/ }).count()).toBeLessThanOrEqual(9);
    }
    await area.answerByKeyboard(questionLabel('verwijtbaar'), 'Onbekend');
    await expect(area.letOp('Verwijtbaarheid staat niet vast')).toBeVisible();
    await expect(area.pausePoint()).toContainText('In eerdere delen staan nog vragen open');
    await area.expectAccessible();

    // Close mid-way and reopen: measure, step, screen, answers and the note are back.
    await panel.page.close();
    panel = await SidePanel.open(context, extensionId);
    area = new HandhavingArea(panel.page);
    await expect(area.phaseHeading()).toContainText('Gevolgen voor het huishouden (deel 4 van 4)');
    await expect(area.letOp('Verwijtbaarheid staat niet vast')).toBeVisible();
    // The last pause point leads back to the first screen, where questions are still open.
    await area.pressButton('Naar deel 1');
    await expect(area.phaseHeading()).toBeFocused();
    await expect(area.phaseHeading()).toContainText('(deel 1 van 4)');
    await expect(area.answer(questionLabel('kinderen-in-huishouden'), 'Ja')).toBeChecked();
    await expect(area.letOp('Dreigende huisuitzetting in een huishouden met kinderen')).toBeVisible();
    await expect(area.group(questionLabel('huurachterstand')).getByRole('textbox')).toHaveValue(
      'Verhuurder meldt achterstand van drie maanden',
    );

    // Step 3: the omgekeerde toets, straight from the stepper.
    await area.pressButton(/^Omgekeerde toets/);
    await expect(area.phaseHeading()).toBeFocused();
    await tabTo(panel.page, area.reverseTest('Wat moet het besluit bereiken?'));
    await panel.page.keyboard.type('Dat de inwoner wijzigingen in het inkomen voortaan op tijd doorgeeft');
    await panel.page.keyboard.press('Tab');
    await panel.page.keyboard.type('Een boete komt bovenop de huurachterstand');
    await panel.page.keyboard.press('Tab');
    await panel.page.keyboard.type('Nee, een gesprek bereikt het doel ook');
    await area.expectAccessible();

    // Step 4: conclusion, weighing text, copy.
    await area.pressButton('Volgende: Conclusie');
    await expect(area.phaseHeading()).toBeFocused();
    await tabTo(panel.page, area.conclusion('Doorgaan'));
    await panel.page.keyboard.press('ArrowDown');
    await panel.page.keyboard.press('ArrowDown');
    await expect(area.conclusion('Afzien')).toBeChecked();
    await panel.page.keyboard.press('Tab');
    await panel.page.keyboard.type('Wij volstaan met een gesprek');
    const text = area.weighingText();
    await expect(text).toContainText('Voorgenomen besluit: boete.');
    await expect(text).toContainText(
      '- Er is huurachterstand of er dreigt huisuitzetting.\n  Toelichting: Verhuurder meldt',
    );
    await expect(text).toContainText(
      '- Dreigende huisuitzetting in een huishouden met kinderen\n  Zie: Awb art. 3:4 lid 2; Awb art. 4:84.',
    );
    await expect(text).toContainText('Conclusie\nAfzien van het voorgenomen besluit.\nWij volstaan met een gesprek.');
    await area.pressButton('Kopieer afwegingstekst');
    await expect(area.copyStatus()).toContainText('Gekopieerd.');
    expect(await panel.page.evaluate(() => navigator.clipboard.readText())).toBe(await text.textContent());
    await area.expectAccessible();

    // "Dit knelt" on the outcome opens a signal about it.
    await area.pressButton('Dit knelt: de uitkomst van deze afweging');
    await expect(panel.tab('Signalen')).toHaveAttribute('aria-selected', 'true');

    // "Nieuwe afweging": back to the measure, nothing left after reopening.
    await tabTo(panel.page, panel.tab('Signalen'), { backwards: true });
    await panel.page.keyboard.press('ArrowLeft');
    await panel.page.keyboard.press('ArrowLeft');
    await expect(panel.tab('Handhaving')).toHaveAttribute('aria-selected', 'true');
    await area.startOverByKeyboard();
    await expect(area.phaseHeading()).toContainText('Welk besluit bent u van plan?');
    await panel.page.close();
    panel = await SidePanel.open(context, extensionId);
    area = new HandhavingArea(panel.page);
    await expect(area.phaseHeading()).toContainText('Welk besluit bent u van plan?');
    await expect(area.measure('Boete')).not.toBeChecked();
  });

  test('every phase and step reflows at 320 px wide (200 % zoom) and passes axe with the confirmation open', async ({
    context,
    extensionId,
  }) => {
    const panel = await SidePanel.open(context, extensionId);
    await panel.page.setViewportSize({ width: 320, height: 720 });
    await panel.chooseRole('Inkomensconsulent');
    const gesprekArea = new GesprekArea(panel.page);
    for (const phase of gesprek.phases) {
      await gesprekArea
        .stepper()
        .getByRole('button', { name: new RegExp(phase.title) })
        .click();
      await expect(gesprekArea.phaseHeading()).toContainText(phase.title);
      await gesprekArea.expectNoHorizontalScroll();
    }
    await panel.page.getByRole('button', { name: 'Nieuw gesprek' }).click();
    await expect(panel.page.getByRole('dialog')).toBeVisible();
    await gesprekArea.expectAccessible();
    await panel.page.keyboard.press('Escape');
    await expect(panel.page.getByRole('dialog')).toBeHidden();
    await expect(panel.page.getByRole('button', { name: 'Nieuw gesprek' })).toBeFocused();

    await panel.tab('Handhaving').click();
    const handhavingArea = new HandhavingArea(panel.page);
    await handhavingArea.measure('Terugvordering').check();
    for (const step of ['Besluit', 'Vragen', 'Omgekeerde toets', 'Conclusie']) {
      await handhavingArea
        .stepper()
        .getByRole('button', { name: new RegExp(`^${step}`) })
        .click();
      await handhavingArea.expectNoHorizontalScroll();
      await handhavingArea.expectAccessible();
    }
  });
});
