import type { Principal } from '../auth/token-store';

/** Hono environment of the inbox: what middleware leaves on the context for handlers. */
export interface InboxEnv {
  Variables: {
    /** Set by requireScope; absent on public routes. */
    principal: Principal;
  };
}
