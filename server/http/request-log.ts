import type { MiddlewareHandler } from 'hono';
import type { InboxEnv } from './inbox-env';

/** One line per request. Never the body or query: they can hold signal text and submitter keys. */
export interface RequestLogEntry {
  time: string;
  level: 'info' | 'error';
  method: string;
  path: string;
  status: number;
  ms: number;
  team?: string;
  error?: string;
}

export type LogWriter = (entry: RequestLogEntry | Record<string, unknown>) => void;

export const jsonLinesToStdout: LogWriter = (entry) => {
  process.stdout.write(`${JSON.stringify(entry)}\n`);
};

export function requestLog(write: LogWriter, now: () => Date): MiddlewareHandler<InboxEnv> {
  return async (c, next) => {
    const start = performance.now();
    await next();
    const principal = c.get('principal') as InboxEnv['Variables']['principal'] | undefined;
    const entry: RequestLogEntry = {
      time: now().toISOString(),
      level: c.res.status >= 500 ? 'error' : 'info',
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - start) * 100) / 100,
      ...(principal === undefined ? {} : { team: principal.team }),
    };
    write(entry);
  };
}
