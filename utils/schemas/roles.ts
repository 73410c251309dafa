import { z } from '../zod';

/** Every role an article can be written for. The first four can also be picked as the user's own role. */
export const ARTICLE_ROLES = [
  'inkomensconsulent',
  'handhaver',
  'signaleringsconsulent',
  'werkcoach',
  'beleidsmedewerker',
] as const;

/** Roles a user picks on first use; each decides which area of the panel opens first. */
export const USER_ROLES = ['inkomensconsulent', 'handhaver', 'signaleringsconsulent', 'beleidsmedewerker'] as const;

export const articleRoleSchema = z.enum(ARTICLE_ROLES);
export const userRoleSchema = z.enum(USER_ROLES);

export type ArticleRole = z.infer<typeof articleRoleSchema>;
export type UserRole = z.infer<typeof userRoleSchema>;

export const ROLE_LABELS: Record<ArticleRole, string> = {
  inkomensconsulent: 'Inkomensconsulent',
  handhaver: 'Handhaver',
  signaleringsconsulent: 'Signaleringsconsulent',
  werkcoach: 'Werkcoach',
  beleidsmedewerker: 'Beleidsmedewerker',
};
