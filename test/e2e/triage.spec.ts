import type { BrowserContext, Page, Worker } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeSubmission } from '../../server/testing/signal-fixture';
import { spawnInbox, type SpawnedInbox } from '../../server/testing/spawn-inbox';
import { expect, launchWithExtension, serviceWorkerOf, test } from './fixtures';
import { expectNoAxeViolations } from './helpers/axe';
import { tabTo } from './helpers/keyboard';
import { layoutProblems, unreachableByTab } from './helpers/layout';
import { storeSettings } from './helpers/store-settings';
import { SidePanel } from './pages/SidePanel';
import { SignalsPage, type ExtensionGlobal } from './pages/SignalsPage';
import { TriagePage } from './pages/TriagePage';

/**
 * The whole signalling loop against the real inbox (server/main.ts in its own process, temporary
 * database, a submit and a triage token): consultant A signals from one browser profile, a
 * signaleringsconsulent answers from another, and A reads the answer.
 */

const RULE = 'Verordening bijzondere bijstand art. 4';
const FIRST = 'De verordening noemt geen termijn voor een besluit over bijzondere bijstand';
const SECOND = 'Inwoners wachten weken op een besluit over bijzondere bijstand';
const ANSWER = 'De verordening noemt nu een termijn van vier weken. Zie het artikel in de kennisbank.';

let inbox: SpawnedInbox;
test.beforeAll(async () => {
  inbox = await spawnInbox();
});
test.afterAll(async () => {
  await inbox?.kill();
});

/** The inbox address and a token, saved the way the options page saves them. */
function configure(background: Worker, token: string) {
  return storeSettings(background, { signalEndpoint: inbox.url, signalToken: token });
}

function badgeText(background: Worker) {
  return background.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.action.getBadgeText({}));
}

/** A signal about a rule, as a consultant writes it (the rule sits under "Meer vertellen"). */
async function sendAboutRule(signals: SignalsPage, summary: string) {
  const { page } = signals;
  await signals.startNew();
  await page
    .getByRole('combobox', { name: /Waar gaat het over/ })
    .selectOption({ label: 'Lokaal beleid of verordening' });
  await signals.summary().fill(summary);
  await page.getByText('Meer vertellen (niet verplicht)').click();
  await page.getByRole('combobox', { name: /Om welke regel/ }).fill(RULE);
  await signals.sendButton().click();
  await page.getByRole('status').filter({ hasText: 'Uw signaal is opgeslagen' }).waitFor();
}

/** A second browser profile with its own extension instance: user B. */
async function secondProfile(): Promise<{
  context: BrowserContext;
  background: Worker;
  extensionId: string;
  close(): Promise<void>;
}> {
  const dir = mkdtempSync(path.join(tmpdir(), 'komma-e2e-b-'));
  const context = await launchWithExtension(dir);
  const background = await serviceWorkerOf(context);
  return {
    context,
    background,
    extensionId: new URL(background.url()).host,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

test('two similar signals become one group; the signaleringsconsulent answers it and the submitter reads the answer', async ({
  context,
  extensionId,
  background,
}) => {
  // User A, a consultant with a submit token, sends two signals about the same rule.
  await configure(background, inbox.tokens.submit);
  const signalsA = await SignalsPage.open(context, extensionId);
  await sendAboutRule(signalsA, FIRST);
  await sendAboutRule(signalsA, SECOND);
  await expect(signalsA.state(FIRST)).toHaveText('Verzonden');
  await expect(signalsA.state(SECOND)).toHaveText('Verzonden');
  // A consultant who only signals has no Triage.
  await expect(signalsA.page.getByRole('navigation', { name: 'Onderdelen van Signalen' })).toHaveCount(0);

  // User B, a signaleringsconsulent with a triage token, in a browser profile of their own.
  const b = await secondProfile();
  try {
    await configure(b.background, inbox.tokens.triage);
    const panelB = await SidePanel.open(b.context, b.extensionId);
    await panelB.chooseRole('Signaleringsconsulent');
    const triage = new TriagePage(panelB.page);
    await expect(triage.nav().getByRole('link', { name: 'Triage' })).toHaveAttribute('aria-current', 'page');
    // A group of more than one signal is named after the rule its signals share.
    const group = triage.group(RULE);
    await expect(group).toHaveCount(1);
    await expect(group).toContainText('2 signalen');
    await expect(group).toContainText('2 nieuw');
    await expect(group).toContainText('Zelfde categorie en regel');
    await expect(group.getByRole('img', { name: 'stijgend' })).toHaveText('↑');
    await expect(group).toContainText('2 in de laatste 30 dagen, 0 in de 30 dagen daarvoor');
    await expectNoAxeViolations(panelB.page, 'triage: groups');

    // The rest of the triage is done by keyboard: Tab to the group, Enter opens it.
    const { page } = panelB;
    await tabTo(page, group.getByRole('button'));
    await page.keyboard.press('Enter');
    await expect(triage.groupHeading()).toBeFocused();
    await expect(triage.members()).toHaveCount(2);
    await expect(triage.members().filter({ hasText: FIRST })).toContainText(RULE);
    await expectNoAxeViolations(page, 'triage: group');

    // The form opens on "In behandeling" (moving on from "nieuw" is why it is opened); arrow keys
    // move through the statuses in their order.
    await tabTo(page, page.getByRole('button', { name: 'Status en antwoord voor de hele groep' }));
    await page.keyboard.press('Enter');
    await expect(triage.statusForm().getByRole('radio', { name: /^In behandeling/ })).toBeFocused();
    for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowDown');
    await expect(triage.statusForm().getByRole('radio', { name: /Beleid aangepast/ })).toBeChecked();

    // Closing status without an answer: refused at the answer field, nothing sent.
    const save = triage.statusForm().getByRole('button', { name: 'Status opslaan' });
    await tabTo(page, save);
    await page.keyboard.press('Enter');
    await expect(triage.answer()).toBeFocused();
    await expect(triage.answer()).toHaveAccessibleDescription(/Bij "Beleid aangepast" is dat verplicht/);

    // A BSN in the answer is caught before sending.
    await page.keyboard.type('Opgelost voor BSN 111222333.');
    await expect(triage.statusForm()).toContainText('Dit lijkt een BSN. Schrijf geen gegevens van de inwoner op.');
    await expect(triage.statusForm()).toContainText('Het antwoord bevat een BSN. Dat mag nooit naar de melder.');
    await expectNoAxeViolations(page, 'triage: status form with a finding');

    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(ANSWER);
    await tabTo(page, triage.articleId());
    await page.keyboard.type('bijzondere-bijstand');
    await expect(triage.statusForm()).toContainText('Artikel: Bijzondere bijstand');
    await tabTo(page, save);
    await page.keyboard.press('Enter');
    await expect(triage.notice()).toHaveText(
      'Status "Beleid aangepast" opgeslagen voor 2 signalen. De melders zien uw antwoord bij Mijn signalen.',
    );
    await expect(triage.members().filter({ hasText: ANSWER })).toHaveCount(2);

    // Export for the policy adviser.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download als Markdown' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^komma-signalen-\d{4}-\d{2}-\d{2}\.md$/);
    const markdown = readFileSync((await download.path())!, 'utf8');
    expect(markdown).toContain('# Signalen voor beleid:');
    expect(markdown).toContain(FIRST);
    expect(markdown).toContain(SECOND);
    expect(markdown).toContain('| Aantal signalen | 2 |');
    expect(markdown).toContain(`**Antwoord aan de melder:** ${ANSWER}`);
    const submitterKey = (await signalsA.outbox())[0]!.submission.submitterKey;
    expect(markdown).not.toContain(submitterKey);
  } finally {
    await b.close();
  }

  // User A opens the panel again: it asks the inbox for news, counts it on the tab and the icon.
  await signalsA.page.reload();
  await expect(signalsA.tab()).toHaveAccessibleName(/2 nieuwe antwoorden/);
  await expect.poll(() => badgeText(background)).toBe('2');
  await signalsA.tab().click();
  for (const summary of [FIRST, SECOND]) {
    const entry = signalsA.entry(summary);
    await expect(entry).toContainText('Bij het signaleringsteam: Beleid aangepast');
    await expect(entry).toContainText(ANSWER);
    await expect(entry).toContainText('Nieuw');
    await expect(entry.getByRole('button', { name: 'Lees in de kennisbank: Bijzondere bijstand' })).toBeVisible();
  }
  await expect.poll(() => badgeText(background)).toBe('');
  await expectNoAxeViolations(signalsA.page, 'Mijn signalen with answers');

  await signalsA
    .entry(FIRST)
    .getByRole('button', { name: /Lees in de kennisbank/ })
    .click();
  await expect(signalsA.page.locator('#komma-article-title')).toHaveText('Bijzondere bijstand');
});

test('a beleidsmedewerker with a submit token is told in Dutch that this token can only send signals', async ({
  context,
  extensionId,
  background,
}) => {
  await configure(background, inbox.tokens.submit);
  const panel = await SidePanel.open(context, extensionId);
  await panel.chooseRole('Beleidsmedewerker');
  await panel.tab('Signalen').click();
  const triage = new TriagePage(panel.page);
  await expect(triage.nav().getByRole('link', { name: 'Mijn signalen' })).toHaveAttribute('aria-current', 'page');
  // The sub-navigation works from the keyboard like any link.
  await triage.nav().getByRole('link', { name: 'Triage' }).focus();
  await panel.page.keyboard.press('Enter');
  await expect(triage.nav().getByRole('link', { name: 'Triage' })).toHaveAttribute('aria-current', 'page');
  const alert = panel.page.getByRole('alert');
  await expect(alert).toContainText('Dit token is alleen voor het versturen van signalen.');
  await expect(alert).toContainText('Met dit token kunt u alleen signalen versturen.');
  await expect(alert.getByRole('button', { name: 'Instellingen openen' })).toBeVisible();
  await expect(triage.groups()).toHaveCount(0);
  await expectNoAxeViolations(panel.page, 'triage: submit-only token');
});

/** A signal straight into the inbox, as another installation's outbox would deliver it. */
async function deliverToInbox(summary: string) {
  const submission = makeSubmission({ summary, category: 'brieven-communicatie' });
  const response = await fetch(`${inbox.url}/signals`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${inbox.tokens.submit}`,
      'Content-Type': 'application/json',
      'Idempotency-Key': submission.id,
    },
    body: JSON.stringify(submission),
  });
  expect(response.status).toBe(201);
}

/** WCAG 1.4.10 at 320 CSS px: nothing scrolls sideways, no control is cut off, Tab reaches every control. */
async function expectReflowAndTab(page: Page, view: string) {
  expect.soft(await layoutProblems(page), `${view}: layout`).toEqual([]);
  expect.soft(await unreachableByTab(page), `${view}: keyboard`).toEqual([]);
}

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 });

  test('the triage views reflow, show their controls whole and reach them with Tab', async ({
    context,
    extensionId,
    background,
  }) => {
    const summary = 'De brief over de terugvordering noemt geen termijn voor bezwaar';
    await deliverToInbox(summary);
    await configure(background, inbox.tokens.triage);
    const panel = await SidePanel.open(context, extensionId);
    const { page } = panel;
    await panel.chooseRole('Signaleringsconsulent');
    const triage = new TriagePage(page);
    const group = triage.group(summary);
    await expect(group).toContainText('1 signaal');
    await expectReflowAndTab(page, 'triage: groups');

    await group.getByRole('button').click();
    await expect(triage.members()).toHaveCount(1);
    await expectReflowAndTab(page, 'triage: group');

    await page.getByRole('button', { name: 'Status en antwoord voor de hele groep' }).click();
    await triage.answer().fill('Bel mevrouw Jansen op 06-12345678.');
    await expect(triage.statusForm().getByRole('button', { name: 'Vervang door plaatshouders' })).toBeVisible();
    await expectReflowAndTab(page, 'triage: status form with a finding');
    await expectNoAxeViolations(page, 'triage: status form at 320 px');
  });
});
