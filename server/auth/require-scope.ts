import type { MiddlewareHandler } from 'hono';
import type { InboxEnv } from '../http/inbox-env';
import { reject } from '../http/rejection';
import type { TokenScope } from './token-file';
import { hasScope, type TokenStore } from './token-store';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** 401 without a known token, 403 when the token's scope does not cover this route. */
export function requireScope(tokens: TokenStore, scope: TokenScope): MiddlewareHandler<InboxEnv> {
  return async (c, next) => {
    const token = BEARER.exec(c.req.header('Authorization') ?? '')?.[1];
    const principal = token === undefined ? undefined : tokens.verify(token);
    if (principal === undefined) {
      c.header('WWW-Authenticate', 'Bearer realm="komma-inbox"');
      return reject(c, 401, 'Geen geldig token. Vraag je beheerder om een token en vul het in bij de instellingen.');
    }
    c.set('principal', principal);
    if (!hasScope(principal, scope)) {
      return reject(c, 403, 'Dit token mag dit niet. Voor triage is een token met triagerechten nodig.');
    }
    await next();
  };
}
