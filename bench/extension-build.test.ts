import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { staleBuildReason } from './extension-build';

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/** A project with one source file and, optionally, a build; times in seconds since the epoch. */
function project({ sourceAt, builtAt }: { sourceAt: number; builtAt?: number }) {
  root = mkdtempSync(join(tmpdir(), 'komma-build-'));
  mkdirSync(join(root, 'components', 'deep'), { recursive: true });
  const source = join(root, 'components', 'deep', 'View.tsx');
  writeFileSync(source, 'export {}');
  utimesSync(source, sourceAt, sourceAt);
  utimesSync(join(root, 'components', 'deep'), sourceAt, sourceAt);
  utimesSync(join(root, 'components'), sourceAt, sourceAt);
  const build = join(root, '.output', 'chrome-mv3');
  if (builtAt !== undefined) {
    mkdirSync(build, { recursive: true });
    writeFileSync(join(build, 'manifest.json'), '{}');
    utimesSync(join(build, 'manifest.json'), builtAt, builtAt);
  }
  return { root, build };
}

describe('staleBuildReason', () => {
  it('accepts a build newer than every source', () => {
    const { root, build } = project({ sourceAt: 1_000, builtAt: 2_000 });
    expect(staleBuildReason(build, root, ['components', 'utils'])).toBeUndefined();
  });

  it('names the inputs that changed after the build, however deep the file', () => {
    const { root, build } = project({ sourceAt: 3_000, builtAt: 2_000 });
    expect(staleBuildReason(build, root, ['components', 'utils'])).toBe('changed since the build: components');
  });

  it('asks for a build when there is none', () => {
    const { root, build } = project({ sourceAt: 1_000 });
    expect(staleBuildReason(build, root, ['components'])).toBe('no build');
  });
});
