import { article, pack } from '../fixtures/packs';
import { expect, test } from './fixtures';
import { startLocalServer } from './helpers/local-server';
import { storeSettings } from './helpers/store-settings';
import { SidePanel } from './pages/SidePanel';

const HOSTILE_BODY = `## Wat is het beleid

<script>window.__pwned = 'script'</script>
<img src="x" onerror="window.__pwned = 'onerror'">
<svg><script>window.__pwned = 'svg'</script></svg>
<iframe src="javascript:window.top.__pwned = 'iframe'"></iframe>
[Klik hier](javascript:window.__pwned='link') en [data](data:text/html,<script>alert(1)</script>)
<a href="#" onclick="window.__pwned='click'">Nog een link</a>
<form action="javascript:alert(1)"><button>Verstuur</button></form>

## Waarom (de bedoeling)

Gewone tekst blijft staan.

## Ruimte voor maatwerk

Ook deze tekst.
`;

test('a hostile article from a remote pack renders as text and runs no script', async ({
  context,
  extensionId,
  background,
}) => {
  let body = JSON.stringify(
    pack(
      [article({ id: 'vijandig-artikel', title: 'Vijandig testartikel', body: HOSTILE_BODY, keywords: ['vijandig'] })],
      {
        name: 'Aanvalspakket',
      },
    ),
  );
  const server = await startLocalServer((_request, response) => {
    // Answers CORS for anyone, like a public pack host: no host permission needed.
    response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    response.end(body);
  });
  try {
    await storeSettings(background, { knowledgePackUrl: `${server.url}/pack.json` });

    const panel = await SidePanel.open(context, extensionId);
    const dialogs: string[] = [];
    panel.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await panel.chooseRole('Beleidsmedewerker');
    await panel.searchUntilFound('vijandig', 'Vijandig testartikel');
    await panel.results().first().getByRole('button').click();
    await expect(panel.page.getByText('Gewone tekst blijft staan.')).toBeVisible();

    const body$ = panel.page.locator('.komma-article-body');
    await expect(body$.locator('script, iframe, form, [onerror], [onclick]')).toHaveCount(0);
    const hrefs = await body$.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((href) => /^(javascript|data|vbscript):/i.test(href))).toEqual([]);
    for (const link of await body$.locator('a').all()) await link.click({ force: true }).catch(() => {});
    expect(await panel.page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);

    // A later broken pack does not replace the good one, and the panel says why.
    body = '{"format": "komma-knowledge-pack", "articles": [';
    await panel.page.goto(`chrome-extension://${extensionId}/options.html`);
    await panel.page.getByRole('button', { name: 'Nu ophalen' }).click();
    await expect(panel.page.getByText(/geen geldig JSON/)).toBeVisible();
    await panel.page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await panel.search('vijandig');
    await expect(panel.page.getByText(/geen geldig JSON/)).toBeVisible();
    await expect(panel.results().first()).toContainText('Vijandig testartikel');
  } finally {
    await server.close();
  }
});
