import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readPackDir } from './read-pack-dir';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('readPackDir', () => {
  it('reads articles and synonyms.yaml, skipping README, other files and subdirectories', async () => {
    dir = await mkdtemp(join(tmpdir(), 'komma-pack-'));
    await writeFile(join(dir, 'b.md'), 'B');
    await writeFile(join(dir, 'a.md'), 'A');
    await writeFile(join(dir, 'README.md'), 'lees mij');
    await writeFile(join(dir, 'synonyms.yaml'), '- terms: [a, b]\n');
    await writeFile(join(dir, 'notities.txt'), 'x');
    await mkdir(join(dir, 'checklists'));
    await writeFile(join(dir, 'checklists', 'c.md'), 'C');
    expect(await readPackDir(dir)).toEqual([
      { file: 'a.md', text: 'A' },
      { file: 'b.md', text: 'B' },
      { file: 'synonyms.yaml', text: '- terms: [a, b]\n' },
    ]);
  });

  it('fails when the directory does not exist', async () => {
    await expect(readPackDir(join(tmpdir(), 'komma-bestaat-niet'))).rejects.toThrow(/ENOENT/);
  });
});
