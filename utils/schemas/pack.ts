import { z } from '../zod';
import { articleSchema } from './article';
import { synonymGroupSchema } from './synonyms';

// Provisional: replaced by the search branch's fuller pack schema on merge.
export const knowledgePackSchema = z.strictObject({
  format: z.literal('komma-knowledge-pack'),
  schemaVersion: z.literal(1),
  name: z.string(),
  version: z.string(),
  builtAt: z.string(),
  articles: z.array(articleSchema),
  synonyms: z.array(synonymGroupSchema),
});

export type KnowledgePack = z.infer<typeof knowledgePackSchema>;
