import { z } from '../zod';

/**
 * A group of words and phrases that mean the same thing to a consultant, e.g.
 * ["participatiewet", "pw", "bijstandswet"]. Search treats every term in a group as a match for
 * every other. Multi-word terms ("individuele inkomenstoeslag") are allowed.
 */
export const synonymGroupSchema = z.strictObject({
  terms: z.array(z.string().trim().min(1)).min(2, 'een synoniemgroep heeft minstens twee termen'),
});

export type SynonymGroup = z.infer<typeof synonymGroupSchema>;
