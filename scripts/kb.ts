// `npm run kb -- <command>`: validate, build and search knowledge packs. The logic lives in
// utils/knowledge/kb-cli.ts; this file only connects it to the terminal and the file system.
import { writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { runKb } from '../utils/knowledge/kb-cli';
import { readPackDir } from '../utils/knowledge/read-pack-dir';

process.exitCode = await runKb(process.argv.slice(2), {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  stdinLines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
  readPackDir,
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
  now: () => new Date(),
});
