/** @vitest-environment node */
import { afterEach, describe, expect, it } from 'vitest';
import type { SignalSubmission } from '../../utils/schemas/signal';
import { signalStatusResponseSchema } from '../../utils/schemas/signal';
import {
  mergeResponseSchema,
  signalGroupListResponseSchema,
  signalListResponseSchema,
  statusUpdateResponseSchema,
  type SignalGroup,
} from '../../utils/schemas/triage';
import { makeSubmission } from '../testing/signal-fixture';
import { createTestInbox, type TestInbox } from '../testing/test-inbox';

const NOW = new Date('2026-03-31T12:00:00.000Z');
let inbox: TestInbox;
afterEach(() => inbox?.close());

function daysAgo(days: number): string {
  return new Date(NOW.getTime() - days * 24 * 60 * 60 * 1000).toISOString();
}

async function seed(signals: SignalSubmission[]): Promise<void> {
  for (const signal of signals) expect((await inbox.post(signal)).status).toBe(201);
}

function triage(path: string, init: { method?: string; body?: unknown } = {}) {
  return inbox.call(path, { ...init, token: inbox.tokens.triage });
}

async function groups(query = ''): Promise<SignalGroup[]> {
  const response = await triage(`/triage/groups${query}`);
  expect(response.status).toBe(200);
  return signalGroupListResponseSchema.parse(await response.json()).groups;
}

async function list(query: string) {
  const response = await triage(`/triage/signals${query}`);
  expect(response.status).toBe(200);
  return signalListResponseSchema.parse(await response.json());
}

// Three reports about the same rule (spelled differently), two similar texts without a rule, one loner.
const ruleA = makeSubmission({ rule: 'Art. 22a Participatiewet', summary: 'Kostendelersnorm treft jongeren hard', createdAt: daysAgo(50) });
const ruleB = makeSubmission({ rule: 'artikel 22a  participatiewet', summary: 'Inwonende zoon verlaagt de uitkering van moeder', createdAt: daysAgo(10) });
const ruleC = makeSubmission({ rule: 'Artikel 22a Participatiewet', summary: 'Moeder krijgt minder door kostendelersnorm', createdAt: daysAgo(2) });
const textA = makeSubmission({ category: 'brieven-communicatie', summary: 'Brief over terugvordering is onbegrijpelijk voor inwoners', createdAt: daysAgo(40) });
const textB = makeSubmission({ category: 'brieven-communicatie', summary: 'De terugvorderingsbrief is niet te begrijpen voor de inwoner', createdAt: daysAgo(5) });
const loner = makeSubmission({ category: 'werkproces-systeem', summary: 'Het formulier voor bijzondere bijstand is te ingewikkeld', createdAt: daysAgo(100) });
const ALL = [ruleA, ruleB, ruleC, textA, textB, loner];

function withNow() {
  inbox = createTestInbox({ now: () => NOW });
}

describe('GET /triage/groups', () => {
  it('groups by category and rule, by similar text, and leaves a loner alone', async () => {
    withNow();
    await seed(ALL);
    const found = await groups();
    expect(found.map((group) => [group.kind, group.signalIds])).toEqual([
      ['rule', [ruleA.id, ruleB.id, ruleC.id]],
      ['text', [textA.id, textB.id]],
      ['single', [loner.id]],
    ]);
    const [rule, text] = found as [SignalGroup, SignalGroup];
    expect(rule).toMatchObject({
      count: 3,
      category: 'lokaal-beleid',
      rule: 'Art. 22a Participatiewet',
      firstSeen: ruleA.createdAt,
      lastSeen: ruleC.createdAt,
      trend: { last30Days: 2, previous30Days: 1 },
      statuses: { nieuw: 3 },
    });
    expect(text.title).toBe(textA.summary);
    expect(text.key).toBe(`text-${textA.id}`);
  });

  it('filters on category, status and minimum size', async () => {
    withNow();
    await seed(ALL);
    expect((await groups('?minCount=2')).map((group) => group.count)).toEqual([3, 2]);
    expect((await groups('?category=werkproces-systeem')).map((group) => group.kind)).toEqual(['single']);
    await triage(`/triage/signals/${loner.id}`, { method: 'PATCH', body: { status: 'in-behandeling' } });
    expect((await groups('?status=in-behandeling')).map((group) => group.signalIds)).toEqual([[loner.id]]);
  });

  it('rejects an unknown filter value in Dutch', async () => {
    withNow();
    const response = await triage('/triage/groups?status=klaar');
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain('Ongeldige optie');
  });
});

describe('GET /triage/signals', () => {
  it('filters on status, category, period and words, newest first, with a total', async () => {
    withNow();
    await seed(ALL);
    expect((await list('?category=lokaal-beleid')).signals.map((s) => s.id)).toEqual([ruleC.id, ruleB.id, ruleA.id]);
    expect((await list(`?from=${daysAgo(11).slice(0, 10)}&to=${daysAgo(2).slice(0, 10)}`)).signals.map((s) => s.id)).toEqual([
      ruleC.id,
      textB.id,
      ruleB.id,
    ]);
    expect((await list('?q=moeder%20kostendelersnorm')).signals.map((s) => s.id)).toEqual([ruleC.id]);
    expect((await list('?q=100%25')).total).toBe(0);
    const page = await list('?limit=2&offset=1');
    expect(page.total).toBe(6);
    expect(page.signals).toHaveLength(2);
    expect((await list('?status=opgelost')).total).toBe(0);
  });

  it('lists the members of a group and never shows submitter keys', async () => {
    withNow();
    await seed(ALL);
    const [rule] = await groups();
    const members = await list(`?group=${rule!.key}`);
    expect(members.signals.map((s) => s.id).sort()).toEqual([ruleA.id, ruleB.id, ruleC.id].sort());
    expect(JSON.stringify(members)).not.toContain(ruleA.submitterKey);
    expect((await triage('/triage/signals?group=rule-0000000000000000')).status).toBe(404);
  });

  it('refuses unknown query parameters', async () => {
    withNow();
    const response = await triage('/triage/signals?sort=oud');
    expect(response.status).toBe(400);
  });
});

describe('POST /triage/groups/merge', () => {
  it('merges a signal into a computed group, which then keeps its members by hand', async () => {
    withNow();
    await seed(ALL);
    const [rule] = await groups();
    const response = await triage('/triage/groups/merge', { body: { target: rule!.key, signalIds: [loner.id] } });
    expect(response.status).toBe(200);
    const { group } = mergeResponseSchema.parse(await response.json());
    expect(group).toMatchObject({ kind: 'merged', count: 4, title: 'Art. 22a Participatiewet' });
    expect(group.signalIds).toEqual([ruleA.id, ruleB.id, ruleC.id, loner.id]);
    expect((await groups()).map((g) => g.kind)).toEqual(['merged', 'text']);
    expect((await list(`?group=${group.key}`)).signals.every((s) => s.mergedInto === group.key)).toBe(true);
  });

  it('adds to a merged group, makes a new group from a selection, and takes a signal out again', async () => {
    withNow();
    await seed(ALL);
    const created = await triage('/triage/groups/merge', { body: { signalIds: [textA.id, loner.id], title: 'Lastige papieren' } });
    const { group } = mergeResponseSchema.parse(await created.json());
    expect(group).toMatchObject({ kind: 'merged', title: 'Lastige papieren', count: 2 });

    const added = await triage('/triage/groups/merge', { body: { target: group.key, signalIds: [textB.id] } });
    expect(mergeResponseSchema.parse(await added.json()).group.count).toBe(3);

    const removed = await triage(`/triage/groups/${group.key}/signals/${loner.id}`, { method: 'DELETE' });
    expect(removed.status).toBe(204);
    const after = (await groups()).find((g) => g.key === group.key)!;
    expect(after.signalIds).toEqual([textA.id, textB.id]);
    expect((await triage(`/triage/groups/${group.key}/signals/${loner.id}`, { method: 'DELETE' })).status).toBe(404);
    expect((await triage(`/triage/groups/text-${textA.id}/signals/${textA.id}`, { method: 'DELETE' })).status).toBe(400);
  });

  it('refuses unknown groups and signals, a lone signal without target, and a title with a BSN', async () => {
    withNow();
    await seed(ALL);
    const unknownGroup = await triage('/triage/groups/merge', { body: { target: 'merged-999', signalIds: [loner.id] } });
    expect(unknownGroup.status).toBe(404);
    const unknownSignal = await triage('/triage/groups/merge', { body: { signalIds: [loner.id, makeSubmission().id] } });
    expect(unknownSignal.status).toBe(404);
    const alone = await triage('/triage/groups/merge', { body: { signalIds: [loner.id] } });
    expect(alone.status).toBe(400);
    const personal = await triage('/triage/groups/merge', { body: { signalIds: [loner.id, textA.id], title: 'Dossier 111222333' } });
    expect(personal.status).toBe(400);
    expect(await inbox.countOnDisk('SELECT count(*) AS n FROM signal_groups')).toBe(0);
  });
});

describe('setting status and answer', () => {
  it('sets status, answer and article on one signal, and the submitter sees it', async () => {
    withNow();
    await seed(ALL);
    const response = await triage(`/triage/signals/${ruleA.id}`, {
      method: 'PATCH',
      body: { status: 'beleid-aangepast', answer: 'De gemeente past de beleidsregel aan per 1 mei.', articleId: 'kostendelersnorm' },
    });
    expect(response.status).toBe(200);
    expect(statusUpdateResponseSchema.parse(await response.json())).toEqual({ updated: 1, signalIds: [ruleA.id] });

    const status = await inbox.call(`/signals/status?ids=${ruleA.id}&submitterKey=${ruleA.submitterKey}`);
    const [entry] = signalStatusResponseSchema.parse(await status.json()).statuses;
    expect(entry).toMatchObject({
      status: 'beleid-aangepast',
      answer: 'De gemeente past de beleidsregel aan per 1 mei.',
      articleId: 'kostendelersnorm',
      updatedAt: NOW.toISOString(),
    });
  });

  it('sets the status of every signal in a group at once', async () => {
    withNow();
    await seed(ALL);
    const [rule] = await groups();
    const response = await triage(`/triage/groups/${rule!.key}`, { method: 'PATCH', body: { status: 'voorgelegd-aan-beleid' } });
    expect(statusUpdateResponseSchema.parse(await response.json()).updated).toBe(3);
    expect((await list('?status=voorgelegd-aan-beleid')).total).toBe(3);
  });

  it('requires an answer to close a signal, refuses personal data in it, and 404s unknown ids', async () => {
    withNow();
    await seed(ALL);
    const noAnswer = await triage(`/triage/signals/${ruleA.id}`, { method: 'PATCH', body: { status: 'geen-actie' } });
    expect(noAnswer.status).toBe(400);
    expect(JSON.stringify(await noAnswer.json())).toContain('geef de melder een kort antwoord');
    const personal = await triage(`/triage/signals/${ruleA.id}`, {
      method: 'PATCH',
      body: { status: 'opgelost', answer: 'Teruggestort op NL91ABNA0417164300.' },
    });
    expect(personal.status).toBe(400);
    expect((await list('?status=nieuw')).total).toBe(6);
    const unknown = await triage(`/triage/signals/${makeSubmission().id}`, { method: 'PATCH', body: { status: 'in-behandeling' } });
    expect(unknown.status).toBe(404);
    expect((await triage('/triage/groups/merged-42', { method: 'PATCH', body: { status: 'in-behandeling' } })).status).toBe(404);
  });
});

describe('GET /triage/export', () => {
  it('exports a group as Markdown for the policy adviser', async () => {
    withNow();
    await seed([...ALL, makeSubmission({ rule: 'art 22a participatiewet', summary: '# Kop met *nadruk* en <script>', createdAt: daysAgo(1) })]);
    const [rule] = await groups();
    const response = await triage(`/triage/export?format=markdown&group=${rule!.key}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/markdown; charset=utf-8');
    expect(response.headers.get('Content-Disposition')).toBe('attachment; filename="komma-signalen-2026-03-31.md"');
    const markdown = await response.text();
    expect(markdown).toContain('# Signalen voor beleid: Art. 22a Participatiewet');
    expect(markdown).toContain('| Aantal signalen | 4 |');
    expect(markdown).toContain('| Laatste 30 dagen | 3 (de 30 dagen daarvoor: 1) |');
    expect(markdown).toContain(ruleB.summary);
    expect(markdown).toContain('\\# Kop met \\*nadruk\\* en \\<script\\>');
    expect(markdown).not.toContain(ruleA.submitterKey);
  });

  it('exports a selection as CSV that a spreadsheet cannot execute', async () => {
    withNow();
    const formula = makeSubmission({ summary: '=HYPERLINK("http://x.example","klik")', description: '+31 is geen telefoonnummer' });
    await seed([formula, loner]);
    const response = await triage(`/triage/export?format=csv&ids=${formula.id},${loner.id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await response.arrayBuffer());
    // A UTF-8 byte-order mark, so Excel reads ë and é right (response.text() would strip it).
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
    expect(csv.startsWith('id;datum;ontvangen;categorie;wat gaat er mis;')).toBe(true);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(csv).toContain(`;"'=HYPERLINK(""http://x.example"",""klik"")";'+31 is geen telefoonnummer;`);
    expect(csv).toContain('Lokaal beleid of verordening');
  });

  it('needs exactly one of group and ids, and existing signals', async () => {
    withNow();
    await seed([loner]);
    expect((await triage('/triage/export?format=csv')).status).toBe(400);
    expect((await triage(`/triage/export?format=csv&ids=${loner.id}&group=signal-${loner.id}`)).status).toBe(400);
    expect((await triage(`/triage/export?format=pdf&ids=${loner.id}`)).status).toBe(400);
    expect((await triage(`/triage/export?format=csv&ids=${makeSubmission().id}`)).status).toBe(404);
    expect((await triage(`/triage/export?format=markdown&group=signal-${loner.id}`)).status).toBe(200);
  });
});
