import { createHash, timingSafeEqual } from 'node:crypto';
import type { TokenEntry, TokenScope } from './token-file';

/** Who is calling, as far as the inbox needs to know. */
export interface Principal {
  /** Short hash of the token: a stable key for rate limiting that reveals nothing. */
  id: string;
  scope: TokenScope;
  team: string;
}

export interface TokenStore {
  /** The principal for a presented token, or undefined when it is not one of ours. */
  verify(token: string): Principal | undefined;
  readonly size: number;
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/**
 * Keeps only SHA-256 digests of the tokens. Every presented token is hashed and compared with
 * every stored digest in constant time, without stopping at a match, so timing tells an attacker
 * neither how much of a token was right nor which entry matched.
 */
export function createTokenStore(entries: readonly TokenEntry[]): TokenStore {
  const stored = entries.map((entry) => {
    const hash = digest(entry.token);
    return { hash, principal: { id: hash.subarray(0, 6).toString('hex'), scope: entry.scope, team: entry.team } };
  });
  return {
    size: stored.length,
    verify(token) {
      const presented = digest(token);
      let found: Principal | undefined;
      for (const candidate of stored) {
        if (timingSafeEqual(candidate.hash, presented) && found === undefined) found = candidate.principal;
      }
      return found;
    },
  };
}

/** A triage token may also submit: a signaleringsconsulent signals too, with one token. */
export function hasScope(principal: Principal, needed: TokenScope): boolean {
  return principal.scope === needed || principal.scope === 'triage';
}
