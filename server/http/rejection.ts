import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from '../../utils/zod';
import type { Rejection } from '../../utils/schemas/signal';

export type Reason = Rejection['reasons'][number];

const dutch = z.locales.nl();

// zod's Dutch locale says "verwacht string, ontving undefined" for a missing field; say it plainly.
const dutchErrors: z.core.$ZodErrorMap = (issue) =>
  (issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined
    ? 'dit veld ontbreekt'
    : dutch.localeError(issue);

export function reasonsOf(error: z.ZodError): Reason[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

/** safeParse with Dutch messages; reasons ready for a 400 answer. */
export function parseDutch<S extends z.ZodType>(
  schema: S,
  value: unknown,
): { success: true; data: z.output<S> } | { success: false; reasons: Reason[] } {
  const result = schema.safeParse(value, { error: dutchErrors });
  return result.success ? { success: true, data: result.data } : { success: false, reasons: reasonsOf(result.error) };
}

/** A JSON answer in the shape of `rejectionSchema`, which the extension shows to the user. */
export function reject(c: Context, status: ContentfulStatusCode, error: string, reasons: Reason[] = []): Response {
  const body: Rejection = { error, reasons };
  return c.json(body, status);
}
