import type { KommaDB } from '../db/komma-db';
import type { RemotePackState } from '../messages/protocol';
import { knowledgePackSchema, type KnowledgePack } from '../schemas/pack';

/** Larger than any realistic municipal pack (10,000 articles is ~15 MB); stops a wrong URL from filling the disk. */
const MAX_PACK_BYTES = 40 * 1024 * 1024;
const TIMEOUT_MS = 20_000;

export type FetchPackResult = { ok: true; pack: KnowledgePack } | { ok: false; error: string };

/** Extra checks on a parsed pack (duplicate ids, dangling links); returns Dutch messages. */
export type PackCrossCheck = (pack: KnowledgePack) => string[];

/**
 * Fetches and validates a pack. Every failure becomes one Dutch sentence the user can act on;
 * the caller keeps the last good pack, so a bad or unreachable pack never empties the panel.
 */
export async function fetchPack(
  url: string,
  fetchImpl: typeof fetch = fetch,
  crossCheck: PackCrossCheck = () => [],
): Promise<FetchPackResult> {
  let response: Response;
  try {
    response = await fetchImpl(url, { signal: AbortSignal.timeout(TIMEOUT_MS), cache: 'no-cache', credentials: 'omit' });
  } catch {
    return {
      ok: false,
      error:
        'Het kennispakket is niet bereikbaar: geen verbinding, de server antwoordt niet of Komma heeft nog geen toestemming voor dit adres.',
    };
  }
  if (!response.ok) {
    return { ok: false, error: `Het kennispakket kon niet worden opgehaald: de server antwoordde met status ${response.status}.` };
  }
  const declaredLength = Number(response.headers.get('content-length') ?? '0');
  if (declaredLength > MAX_PACK_BYTES) {
    return { ok: false, error: 'Het kennispakket is te groot (meer dan 40 MB) en is niet geladen.' };
  }
  let text: string;
  try {
    text = await response.text();
  } catch {
    return { ok: false, error: 'Het kennispakket kwam niet volledig binnen. Probeer het later opnieuw.' };
  }
  if (text.length > MAX_PACK_BYTES) {
    return { ok: false, error: 'Het kennispakket is te groot (meer dan 40 MB) en is niet geladen.' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'Het kennispakket is geen geldig JSON-bestand. Maak het opnieuw met "npm run kb -- build".' };
  }
  const parsed = knowledgePackSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (bij ${issue.path.join('.')})` : '';
    return { ok: false, error: `Het kennispakket is afgekeurd${where}: ${issue?.message ?? 'onbekende fout'}.` };
  }
  const problems = crossCheck(parsed.data);
  if (problems.length > 0) {
    return { ok: false, error: `Het kennispakket is afgekeurd: ${problems[0]}${problems.length > 1 ? ` (en ${problems.length - 1} andere fouten)` : ''}.` };
  }
  return { ok: true, pack: parsed.data };
}

export async function readRemotePackState(db: KommaDB, url: string): Promise<RemotePackState> {
  if (!url) return { url };
  const [stored, check] = await Promise.all([db.packs.get(url), db.packChecks.get(url)]);
  return {
    url,
    pack: stored?.pack,
    fetchedAt: stored?.fetchedAt,
    error: check?.error,
    checkedAt: check?.checkedAt,
  };
}

/** Fetch the pack for `url` now; on success it replaces the kept one, on failure the kept one stays. */
export async function refreshRemotePack(
  db: KommaDB,
  url: string,
  options: { fetchImpl?: typeof fetch; now?: () => Date; crossCheck?: PackCrossCheck } = {},
): Promise<RemotePackState> {
  if (!url) return { url };
  const now = (options.now ?? (() => new Date()))().toISOString();
  const result = await fetchPack(url, options.fetchImpl, options.crossCheck);
  await keepFetchResult(db, url, result, now);
  return readRemotePackState(db, url);
}

/** Records an attempt: a good pack replaces the kept one, a failure only notes why. */
export async function keepFetchResult(db: KommaDB, url: string, result: FetchPackResult, checkedAt: string): Promise<void> {
  await db.transaction('rw', db.packs, db.packChecks, async () => {
    if (result.ok) {
      await db.packs.put({ url, pack: result.pack, fetchedAt: checkedAt });
      await db.packChecks.put({ url, checkedAt });
    } else {
      await db.packChecks.put({ url, checkedAt, error: result.error });
    }
  });
}
