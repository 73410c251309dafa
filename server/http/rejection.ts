import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Reason } from '../../utils/schemas/parse-dutch';
import type { Rejection } from '../../utils/schemas/signal';

export { parseDutch, reasonsOf, type Reason } from '../../utils/schemas/parse-dutch';

/** A JSON answer in the shape of `rejectionSchema`, which the extension shows to the user. */
export function reject(c: Context, status: ContentfulStatusCode, error: string, reasons: Reason[] = []): Response {
  const body: Rejection = { error, reasons };
  return c.json(body, status);
}
