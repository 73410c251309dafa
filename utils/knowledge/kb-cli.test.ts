import { describe, expect, it } from 'vitest';
import { makeArticleText } from '../../test/fixtures/make-article';
import { type KbIo, runKb } from './kb-cli';
import type { PackSource } from './pack-source-kinds';
import { readPackDir } from './read-pack-dir';

const FIXTURES = 'test/fixtures/knowledge';

function fakeIo({ sources, stdin = [] }: { sources?: PackSource[]; stdin?: string[] } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const files = new Map<string, string>();
  const io: KbIo = {
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    stdinLines: () => stdin,
    readPackDir: sources ? async () => sources : readPackDir,
    writeFile: async (path, text) => {
      files.set(path, text);
    },
    now: () => new Date('2026-11-23T10:00:00Z'),
  };
  return { io, out, err, files };
}

const broken: PackSource[] = [
  { file: 'a.md', text: makeArticleText({ frontmatter: { id: 'a', summary: null } }) },
  { file: 'b.md', text: makeArticleText({ frontmatter: { id: 'b' } }) },
];

describe('runKb validate', () => {
  it('exits 0 with a Dutch summary for valid content', async () => {
    const { io, out } = fakeIo();
    expect(await runKb(['validate', FIXTURES], io)).toBe(0);
    expect(out).toEqual(['Alles in orde: 10 artikelen, 2 synoniemgroepen en 0 checklists gelezen.']);
  });

  it('prints every problem as file:line: fout: message and exits 1', async () => {
    const { io, out } = fakeIo({ sources: broken });
    expect(await runKb(['validate', 'kennis'], io)).toBe(1);
    expect(out).toEqual([
      'a.md:10: fout: summary ontbreekt',
      '1 fout, 0 waarschuwingen; 1 artikel, 0 synoniemgroepen en 0 checklists gelezen.',
    ]);
  });

  it('exits 0 with warnings only', async () => {
    const old = [{ file: 'a.md', text: makeArticleText({ frontmatter: { id: 'a', reviewed: '2025-01-01' } }) }];
    const { io, out } = fakeIo({ sources: old });
    expect(await runKb(['validate', 'kennis'], io)).toBe(0);
    expect(out[0]).toMatch(/^a\.md:10: waarschuwing: toe aan controle/);
    expect(out[1]).toBe('Geen fouten, 1 waarschuwing; 1 artikel, 0 synoniemgroepen en 0 checklists gelezen.');
  });

  it('explains wrong use and exits 2', async () => {
    const { io, err } = fakeIo();
    expect(await runKb([], io)).toBe(2);
    expect(err[0]).toMatch(/^Gebruik: npm run kb/);
    expect(await runKb(['validate', 'test/fixtures/bestaat-niet'], io)).toBe(2);
    expect(err.at(-1)).toMatch(/^Kan de map 'test\/fixtures\/bestaat-niet' niet lezen/);
    expect(await runKb(['search', FIXTURES, 'x', '--limit', 'veel'], io)).toBe(2);
    expect(await runKb(['validate', FIXTURES, '--onbekend'], io)).toBe(2);
  });
});

describe('runKb build', () => {
  it('writes a versioned pack the panel can load', async () => {
    const { io, out, files } = fakeIo();
    expect(await runKb(['build', FIXTURES, '--out', 'pack.json', '--name', 'Test', '--version', '1.2'], io)).toBe(0);
    const pack = JSON.parse(files.get('pack.json')!);
    expect(pack).toMatchObject({
      format: 'komma-knowledge-pack',
      schemaVersion: 1,
      name: 'Test',
      version: '1.2',
      builtAt: '2026-11-23T10:00:00.000Z',
    });
    expect(pack.articles).toHaveLength(10);
    expect(pack.synonyms).toHaveLength(2);
    expect(out[0]).toMatch(/^Kennispakket 'Test' versie 1\.2 geschreven naar pack\.json: 10 artikelen/);
  });

  it('defaults the name to the directory and the version to the date', async () => {
    const { io, files } = fakeIo();
    await runKb(['build', FIXTURES, '--out', 'p.json'], io);
    expect(JSON.parse(files.get('p.json')!)).toMatchObject({ name: 'knowledge', version: '2026-11-23' });
  });

  it('refuses to build invalid content and writes nothing', async () => {
    const { io, err, files } = fakeIo({ sources: broken });
    expect(await runKb(['build', 'kennis', '--out', 'pack.json'], io)).toBe(1);
    expect(files.size).toBe(0);
    expect(err).toContain('a.md:10: fout: summary ontbreekt');
  });

  it('needs --out', async () => {
    const { io } = fakeIo();
    expect(await runKb(['build', FIXTURES], io)).toBe(2);
  });
});

describe('runKb search', () => {
  it('prints ranked results with what matched', async () => {
    const { io, out } = fakeIo();
    expect(await runKb(['search', FIXTURES, 'kdn'], io)).toBe(0);
    expect(out[0]).toMatch(/^1\. Kostendelersnorm \(kostendelersnorm\) {2}\d\.\d{3} {2}gevonden op: kostendelersnorm$/);
  });

  it('prints one JSON line for a query with --json, limited', async () => {
    const { io, out } = fakeIo();
    await runKb(['search', FIXTURES, 'bijstand', '--json', '--limit', '2'], io);
    const line = JSON.parse(out[0]!);
    expect(line.query).toBe('bijstand');
    expect(line.results).toHaveLength(2);
    expect(Object.keys(line.results[0])).toEqual(['id', 'title', 'score']);
  });

  it('answers one JSON line per stdin line, skipping blank lines', async () => {
    const { io, out } = fakeIo({ stdin: ['art. 58 Pw', '', 'erfenis'] });
    expect(await runKb(['search', FIXTURES], io)).toBe(0);
    expect(out.map((line) => JSON.parse(line).query)).toEqual(['art. 58 Pw', 'erfenis']);
    expect(JSON.parse(out[0]!).results[0].id).toBe('terugvordering-dringende-redenen');
    expect(JSON.parse(out[1]!).results[0].id).toBe('erfenis-in-de-bijstand');
  });

  it('says so when nothing matches, and searches valid articles despite errors elsewhere', async () => {
    const { io, out, err } = fakeIo({ sources: broken });
    await runKb(['search', 'kennis', 'xyzzy'], io);
    expect(out).toEqual(["Geen resultaten voor 'xyzzy'."]);
    expect(err[0]).toMatch(/^Let op: 1 fout/);
  });
});
