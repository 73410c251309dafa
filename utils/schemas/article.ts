import { z } from '../zod';
import { articleRoleSchema } from './roles';

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** ISO calendar date (YYYY-MM-DD) that exists on the calendar. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'gebruik de vorm JJJJ-MM-DD, bijvoorbeeld 2026-03-01')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'deze datum bestaat niet');

/**
 * The YAML frontmatter of one knowledge article. Messages are Dutch because content authors
 * read them in `npm run kb -- validate`.
 */
export const articleFrontmatterSchema = z.strictObject({
  id: z.string().regex(kebabCase, 'id: gebruik alleen kleine letters, cijfers en streepjes (kebab-case)'),
  title: z.string().trim().min(3, 'title: te kort').max(120, 'title: maximaal 120 tekens'),
  summary: z.string().trim().min(10, 'summary: schrijf een of twee zinnen').max(400, 'summary: maximaal 400 tekens'),
  themes: z.array(z.string().regex(kebabCase, 'themes: gebruik kebab-case')).min(1, 'themes: noem minstens één thema'),
  laws: z.array(z.string().trim().min(2)).default([]),
  keywords: z.array(z.string().trim().min(1)).default([]),
  roles: z.array(articleRoleSchema).min(1, 'roles: noem minstens één rol'),
  owner: z.string().trim().min(2, 'owner: noem het team dat het artikel bijhoudt'),
  reviewed: isoDateSchema,
});

export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;

/** A parsed article: frontmatter plus the Markdown body (without frontmatter). */
export const articleSchema = articleFrontmatterSchema.extend({
  body: z.string().min(1),
});

export type Article = z.infer<typeof articleSchema>;

/** Section headings every article must have, in this order. */
export const REQUIRED_SECTIONS = ['Wat is het beleid', 'Waarom (de bedoeling)', 'Ruimte voor maatwerk'] as const;
/** Optional last section; its list items link to other articles as `[Titel](<id>.md)`. */
export const SEE_ALSO_SECTION = 'Zie ook';
