import { z } from '../zod';
import { userRoleSchema } from './roles';

/**
 * The user's own profile as stored (extension storage or the host page's localStorage). Only the
 * role: nothing about the user or the residents they help. Versioned so a later shape can migrate.
 */
export const storedProfileSchema = z.object({ version: z.literal(1), role: userRoleSchema });
