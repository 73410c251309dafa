/** @vitest-environment node */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendToken, ensureDevTokenFile, readTokenFile, TokenFileError } from './token-file';

const tempFile = () => join(mkdtempSync(join(tmpdir(), 'komma-tokens-')), 'tokens.json');

describe('token file', () => {
  it('appends new tokens, creating a private file', () => {
    const path = tempFile();
    const first = appendToken(path, 'submit', 'Team Inkomen');
    const second = appendToken(path, 'triage', 'Signalering');
    expect(readTokenFile(path)).toEqual([first, second]);
    expect(first.token).not.toBe(second.token);
    expect(first.token.length).toBeGreaterThanOrEqual(40);
    expect(statSync(path).mode & 0o077).toBe(0);
  });

  it('explains in Dutch what is wrong with a bad file', () => {
    const path = tempFile();
    writeFileSync(path, JSON.stringify([{ token: 'kort', scope: 'admin', team: '' }]));
    expect(() => readTokenFile(path)).toThrow(TokenFileError);
    expect(() => readTokenFile(path)).toThrow(/0\.token: een token is 24 tot 200 tekens/);
    writeFileSync(path, '{niet json');
    expect(() => readTokenFile(path)).toThrow(/Kan tokenbestand .* niet lezen/);
  });

  it('makes development tokens once and leaves an existing file alone', () => {
    const path = tempFile();
    const created = ensureDevTokenFile(path);
    expect(created.map((entry) => entry.scope)).toEqual(['submit', 'triage']);
    const before = readFileSync(path, 'utf8');
    expect(ensureDevTokenFile(path)).toEqual([]);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });
});
