import type { Context } from 'hono';
import { reject } from './rejection';

/**
 * The request body as parsed JSON, or the answer to send when it is not JSON at all. The parser's
 * own message is not passed on: V8 quotes part of the input in it, and logs and answers must not
 * carry signal text.
 */
export async function readJsonBody(c: Context): Promise<{ value: unknown } | { response: Response }> {
  if (!/^application\/json\b/i.test(c.req.header('Content-Type') ?? '')) {
    return { response: reject(c, 415, 'Stuur de gegevens als JSON (Content-Type: application/json).') };
  }
  const text = await c.req.text();
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return {
      response: reject(c, 400, 'De inhoud is geen geldige JSON.', [
        { path: '', message: 'de inhoud kon niet gelezen worden als JSON' },
      ]),
    };
  }
}
