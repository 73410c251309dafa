import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PACK_SOURCE_KINDS, type PackSource, packSourceKind } from './pack-source-kinds';

/**
 * Reads the source files of a knowledge pack directory: the files some PackSourceKind claims,
 * at the top level and in the subdirectories kinds name. Other files and directories are left
 * alone (README.md, drafts, assets).
 */
export async function readPackDir(dir: string): Promise<PackSource[]> {
  const directories = ['', ...new Set(PACK_SOURCE_KINDS.flatMap((kind) => kind.directory ?? []))];
  const sources: PackSource[] = [];
  for (const directory of directories) {
    let entries;
    try {
      entries = await readdir(join(dir, directory), { withFileTypes: true });
    } catch (error) {
      // A kind's subdirectory is optional; the pack directory itself is not.
      if (directory !== '' && (error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const file = directory === '' ? entry.name : `${directory}/${entry.name}`;
      if (packSourceKind(file) === undefined) continue;
      sources.push({ file, text: await readFile(join(dir, file), 'utf8') });
    }
  }
  return sources.sort((a, b) => a.file.localeCompare(b.file));
}
