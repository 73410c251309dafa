import { z } from '../zod';
import { articleSchema } from './article';
import { checklistDefinitionSchema } from './checklist';
import { synonymGroupSchema } from './synonyms';

export const PACK_FORMAT = 'komma-knowledge-pack';
export const PACK_SCHEMA_VERSION = 1;

/** Limits that keep a hostile or broken pack from a URL from filling memory or storage. */
// 20,000 leaves room for the largest municipal packs (the benchmark loads 10,000).
const MAX_ARTICLES = 20_000;
const MAX_CHECKLISTS = 20;
const MAX_BODY_CHARACTERS = 100_000;
const MAX_SYNONYM_GROUPS = 5000;

/**
 * A knowledge pack: articles and synonyms, versioned, as built by `npm run kb -- build` and
 * loaded from the bundle or a URL. A pack from a URL is untrusted; this schema is its first gate
 * (see parseKnowledgePack for the checks across articles).
 */
export const knowledgePackSchema = z.strictObject({
  format: z.literal(PACK_FORMAT, { error: `dit is geen Komma-kennispakket (verwacht '${PACK_FORMAT}')` }),
  schemaVersion: z.literal(PACK_SCHEMA_VERSION, {
    error: `deze versie van Komma kent alleen versie ${PACK_SCHEMA_VERSION}; werk Komma bij of bouw het pakket opnieuw`,
  }),
  name: z.string().trim().min(1, 'name: geef het pakket een naam').max(100, 'name: maximaal 100 tekens'),
  version: z.string().trim().min(1, 'version: geef een versie op').max(40, 'version: maximaal 40 tekens'),
  builtAt: z.iso.datetime({ offset: true, error: 'builtAt: gebruik een tijdstip zoals 2026-03-01T09:30:00Z' }),
  articles: z
    .array(articleSchema.extend({ body: z.string().min(1).max(MAX_BODY_CHARACTERS) }))
    .min(1, 'articles: het pakket bevat geen artikelen')
    .max(MAX_ARTICLES, `articles: maximaal ${MAX_ARTICLES} artikelen`),
  synonyms: z.array(synonymGroupSchema).max(MAX_SYNONYM_GROUPS, `synonyms: maximaal ${MAX_SYNONYM_GROUPS} groepen`),
  /** Checklist definitions (Gesprek, Handhaving); a pack without them keeps Komma's own. */
  checklists: z
    .array(checklistDefinitionSchema)
    .max(MAX_CHECKLISTS, `checklists: maximaal ${MAX_CHECKLISTS} checklists`)
    .default([]),
});

export type KnowledgePack = z.infer<typeof knowledgePackSchema>;
