/**
 * safeParse with Dutch messages, for both ends of the inbox contract: the inbox answers a bad
 * request with these reasons, and the extension checks a triage request with the same words
 * before it leaves the browser.
 */
import { z } from '../zod';
import type { Rejection } from './signal';

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

export function parseDutch<S extends z.ZodType>(
  schema: S,
  value: unknown,
): { success: true; data: z.output<S> } | { success: false; reasons: Reason[] } {
  const result = schema.safeParse(value, { error: dutchErrors });
  return result.success ? { success: true, data: result.data } : { success: false, reasons: reasonsOf(result.error) };
}
