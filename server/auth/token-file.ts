import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from '../../utils/zod';

export const TOKEN_SCOPES = ['submit', 'triage'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export const tokenEntrySchema = z.strictObject({
  // Long enough that guessing is hopeless; generated tokens are 43 characters of base64url.
  token: z.string().regex(/^[\x21-\x7e]{24,200}$/, 'een token is 24 tot 200 tekens zonder spaties'),
  scope: z.enum(TOKEN_SCOPES),
  team: z.string().trim().min(1).max(100),
});
export type TokenEntry = z.infer<typeof tokenEntrySchema>;

export const tokenFileSchema = z.array(tokenEntrySchema);

export class TokenFileError extends Error {}

export function readTokenFile(path: string): TokenEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new TokenFileError(`Kan tokenbestand ${path} niet lezen: ${(error as Error).message}`);
  }
  const parsed = tokenFileSchema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(bestand)'}: ${issue.message}`);
    throw new TokenFileError(`Tokenbestand ${path} klopt niet:\n  ${where.join('\n  ')}`);
  }
  return parsed.data;
}

export function generateToken(scope: TokenScope): string {
  return `komma_${scope}_${randomBytes(32).toString('base64url')}`;
}

/** Writes through a temporary file so a crash never leaves a half-written token list. */
function writeTokenFile(path: string, entries: readonly TokenEntry[]): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(entries, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, path);
}

/** Adds a new token to the file (created when missing) and returns it. */
export function appendToken(path: string, scope: TokenScope, team: string): TokenEntry {
  const entries = existsSync(path) ? readTokenFile(path) : [];
  const entry = tokenEntrySchema.parse({ token: generateToken(scope), scope, team });
  writeTokenFile(path, [...entries, entry]);
  return entry;
}

export const DEV_TEAM = 'Ontwikkelteam';

/**
 * For local development: makes a token file with one submit and one triage token when there is
 * none yet. Returns the entries it wrote; an existing file is left alone.
 */
export function ensureDevTokenFile(path: string): TokenEntry[] {
  if (existsSync(path)) return [];
  const entries = TOKEN_SCOPES.map((scope) => ({ token: generateToken(scope), scope, team: DEV_TEAM }));
  writeTokenFile(path, entries);
  return entries;
}
