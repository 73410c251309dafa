import { readFileSync } from 'node:fs';
import { expect, launchWithExtension, serviceWorkerOf, test } from './fixtures';
import { expectNoAxeViolations } from './helpers/axe';
import { configureReceiver as configure, SignalReceiver } from './helpers/signal-receiver';
import { SignalsPage, type ExtensionGlobal } from './pages/SignalsPage';

let receiver: SignalReceiver;
test.afterEach(async () => {
  await receiver?.down();
});

test('a signal written while the receiver is down is delivered once when it comes up', async ({
  context,
  extensionId,
  background,
}) => {
  receiver = await SignalReceiver.reserve();
  await configure(background, receiver);
  const signals = await SignalsPage.open(context, extensionId);
  const summary = 'De verordening noemt geen termijn voor bijzondere bijstand';
  await signals.create(summary);
  await expect(signals.state(summary)).toHaveText('Wacht op verbinding');
  await expect(signals.entry(summary)).toContainText('Komma kan de ontvanger niet bereiken');

  await receiver.up();
  await signals.retryNow();
  await expect(signals.state(summary)).toHaveText('Verzonden');
  const id = await signals.idOf(summary);
  expect(receiver.postsOf(id)).toBe(1);
  expect(receiver.records.get(id)).toMatchObject({
    summary,
    category: 'lokaal-beleid',
    context: { role: 'inkomensconsulent' },
  });
  expect(JSON.stringify(receiver.records.get(id))).not.toContain('chrome-extension://');
});

test('three 500 answers and then a 201: delivered once', async ({ context, extensionId, background }) => {
  receiver = await SignalReceiver.start();
  receiver.failNext({ status: 500 }, { status: 500 }, { status: 500 });
  await configure(background, receiver);
  const signals = await SignalsPage.open(context, extensionId);
  const summary = 'Het systeem rekent de kostendelersnorm dubbel';
  await signals.create(summary);
  const id = await signals.idOf(summary);

  for (let answered = 1; answered <= 3; answered += 1) {
    await expect.poll(() => receiver.postsOf(id)).toBe(answered);
    await expect(signals.state(summary)).toHaveText('Mislukt – wordt opnieuw geprobeerd');
    await expect(signals.entry(summary)).toContainText('storing (code 500)');
    await signals.retryNow();
  }
  await expect(signals.state(summary)).toHaveText('Verzonden');
  expect(receiver.postsOf(id)).toBe(4);
  expect(receiver.records.size).toBe(1);
});

test('the same signal posted twice makes one record, and concurrent flushes never post it twice at once', async ({
  context,
  extensionId,
  background,
}) => {
  receiver = await SignalReceiver.start();
  // The receiver stores the signal but no answer arrives, as after a crash or a dropped connection.
  receiver.dropAnswers(true);
  await configure(background, receiver);
  const signals = await SignalsPage.open(context, extensionId);
  const summary = 'De brief over de terugvordering is niet te begrijpen';
  await signals.create(summary);
  const id = await signals.idOf(summary);
  await expect(signals.state(summary)).toHaveText('Wacht op verbinding');
  expect(receiver.records.has(id)).toBe(true);
  const postsBefore = receiver.postsOf(id);

  // Five flushes at once, from the page, while the POST hangs on the wire for a while.
  receiver.dropAnswers(false);
  receiver.slowDown(400);
  await signals.page.evaluate(async () => {
    const { chrome } = globalThis as unknown as ExtensionGlobal;
    const flush = (mode: string) => chrome.runtime.sendMessage({ komma: 1, name: 'signals.flush', payload: { mode } });
    await Promise.all([flush('all'), flush('all'), flush('reconnect'), flush('all'), flush('due')]);
  });
  await expect(signals.state(summary)).toHaveText('Verzonden');
  expect(receiver.postsOf(id)).toBe(postsBefore + 1);
  expect(receiver.maxConcurrentPerId).toBe(1);
  expect(receiver.records.size).toBe(1);
});

test('a pending signal is delivered after the browser is closed and started again', async ({ userDataDir }) => {
  receiver = await SignalReceiver.reserve();
  const summary = 'Het werkproces voor giften van familie ontbreekt';
  let first = await launchWithExtension(userDataDir);
  try {
    const background = await serviceWorkerOf(first);
    await configure(background, receiver);
    const signals = await SignalsPage.open(first, new URL(background.url()).host);
    await signals.create(summary);
    await expect(signals.state(summary)).toHaveText('Wacht op verbinding');
  } finally {
    await first.close();
  }

  await receiver.up();
  first = await launchWithExtension(userDataDir);
  try {
    // Nothing is clicked: start-up alone must deliver it.
    await expect.poll(() => receiver.records.size, { timeout: 20_000 }).toBe(1);
    const background = await serviceWorkerOf(first);
    const signals = await SignalsPage.open(first, new URL(background.url()).host, { firstUse: false });
    await expect(signals.state(summary)).toHaveText('Verzonden');
    expect(receiver.posts).toEqual([await signals.idOf(summary)]);
  } finally {
    await first.close();
  }
});

test('a text with a BSN cannot be sent until it is replaced', async ({ context, extensionId, background }) => {
  receiver = await SignalReceiver.start();
  await configure(background, receiver);
  const signals = await SignalsPage.open(context, extensionId);
  await signals.startNew();
  await signals.page
    .getByRole('combobox', { name: /Waar gaat het over/ })
    .selectOption({ label: 'Werkproces of systeem' });
  await signals.summary().fill('Klant met BSN 111222333 kreeg twee keer dezelfde brief');

  await expect(signals.preview().locator('mark[data-kind="bsn"]')).toHaveText('BSN: 111222333');
  await expect(signals.sendButton()).toBeDisabled();
  await expect(signals.sendButton()).toHaveAccessibleDescription(/bevat een BSN.*mag nooit worden verstuurd/);
  await signals.sendButton().click({ force: true });
  await expect(signals.page.getByRole('alert')).toContainText('mag nooit worden verstuurd');
  expect(await signals.outbox()).toEqual([]);

  await signals.page.getByRole('button', { name: 'Vervang door [BSN]: 111222333' }).click();
  await expect(signals.summary()).toHaveValue('Klant met BSN [BSN] kreeg twee keer dezelfde brief');
  await expect(signals.sendButton()).toBeEnabled();
  await signals.sendButton().click();
  const summary = 'Klant met BSN [BSN] kreeg twee keer dezelfde brief';
  await expect(signals.state(summary)).toHaveText('Verzonden');
  expect(JSON.stringify([...receiver.records.values()])).not.toContain('111222333');
});

test('a rejected signal shows the reason, can be corrected and is sent as a new signal', async ({
  context,
  extensionId,
  background,
}) => {
  receiver = await SignalReceiver.start();
  receiver.failNext({
    status: 400,
    body: { error: 'Het signaal is niet aangenomen.', reasons: [{ path: 'summary', message: 'noem de regel' }] },
  });
  await configure(background, receiver);
  const signals = await SignalsPage.open(context, extensionId);
  const summary = 'Dit klopt niet helemaal';
  await signals.create(summary);
  await expect(signals.state(summary)).toHaveText('Afgewezen');
  await expect(signals.entry(summary)).toContainText('summary: noem de regel');

  await signals.entry(summary).getByRole('button', { name: 'Aanpassen en opnieuw versturen' }).click();
  await signals.summary().fill('De termijn in artikel 5 van de verordening is te kort');
  await signals.sendButton().click();
  await expect(signals.state('De termijn in artikel 5')).toHaveText('Verzonden');
  await expect(signals.state(summary)).toHaveText('Vervangen door een aangepaste versie');
  expect([...receiver.records.values()].map((record) => record.summary)).toEqual([
    'De termijn in artikel 5 van de verordening is te kort',
  ]);
});

test('an answer from the inbox shows in Mijn signalen with a count on the tab and the toolbar badge', async ({
  context,
  extensionId,
  background,
}) => {
  receiver = await SignalReceiver.start();
  await configure(background, receiver);
  const signals = await SignalsPage.open(context, extensionId);
  const summary = 'Inwoners snappen de brief over de maatregel niet';
  await signals.create(summary);
  await expect(signals.state(summary)).toHaveText('Verzonden');
  const id = await signals.idOf(summary);

  receiver.setStatus(id, 'opgelost', 'De brief is herschreven op B1-niveau.');
  // Leave Signalen, then reopen the panel: it asks the inbox for news when it opens.
  await signals.page.getByRole('tab', { name: 'Kennisbank' }).click();
  await signals.page.reload();
  await expect(signals.tab()).toHaveAccessibleName(/1 nieuw antwoord/);
  await expect
    .poll(() => background.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.action.getBadgeText({})))
    .toBe('1');

  await signals.tab().click();
  await expect(signals.entry(summary)).toContainText('De brief is herschreven op B1-niveau.');
  await expect(signals.entry(summary)).toContainText('Opgelost');
  await expect(signals.tab()).not.toHaveAccessibleName(/nieuw antwoord/);
  await expect
    .poll(() => background.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.action.getBadgeText({})))
    .toBe('');
});

test('keyboard only: the Signaal button, the form with findings and Mijn signalen pass axe, and signals export as CSV', async ({
  context,
  extensionId,
  background,
}) => {
  receiver = await SignalReceiver.start();
  await configure(background, receiver);
  const signals = await SignalsPage.open(context, extensionId);
  const { page } = signals;

  // The header's Signaal button, reached and pressed from the keyboard, opens a general signal
  // with the cursor in the one required field.
  await page.getByRole('tab', { name: 'Kennisbank' }).click();
  await page.getByRole('button', { name: 'Signaal', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(signals.summary()).toBeFocused();
  await page.keyboard.type('=HYPERLINK("http://x") De brief noemt mevrouw Jansen bij naam');
  await expect(signals.preview().locator('mark[data-kind="name"]')).toHaveCount(1);
  await expectNoAxeViolations(page, 'form with a finding');

  // Sending without a category: the error is announced and focus goes to the field.
  await page.keyboard.press('Enter');
  const category = page.getByRole('combobox', { name: /Waar gaat het over/ });
  await expect(category).toBeFocused();
  await expect(category).toHaveAccessibleDescription('Kies een categorie.');
  await category.selectOption({ label: 'Brieven en communicatie' });
  await signals.summary().press('Enter');
  const summary = '=HYPERLINK("http://x") De brief noemt mevrouw Jansen bij naam';
  await expect(signals.state(summary)).toHaveText('Verzonden');
  await expectNoAxeViolations(page, 'Mijn signalen');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download als CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^komma-signalen-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv).toContain(`"'=HYPERLINK(""http://x"") De brief noemt mevrouw Jansen bij naam"`);
  expect(csv).toContain('"Verzonden"');
});
