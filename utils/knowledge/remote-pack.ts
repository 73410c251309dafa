import type { KommaDB } from '../db/komma-db';
import type { RemotePackState } from '../messages/protocol';
import type { KnowledgePack } from '../schemas/pack';
import { parseKnowledgePack } from './parse-pack';
import { formatProblem } from './problem';
import { localIsoDate } from './review-status';

/** Larger than any realistic municipal pack (10,000 articles is ~15 MB); stops a wrong URL from filling the disk. */
const MAX_PACK_BYTES = 40 * 1024 * 1024;
const TIMEOUT_MS = 20_000;

export type FetchPackResult = { ok: true; pack: KnowledgePack } | { ok: false; error: string };

/**
 * Fetches and validates a pack. Every failure becomes one Dutch sentence the user can act on;
 * the caller keeps the last good pack, so a bad or unreachable pack never empties the panel.
 */
export async function fetchPack(
  url: string,
  fetchImpl: typeof fetch = fetch,
  today: string = localIsoDate(),
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
  // The same gate `npm run kb -- build` uses: schema, sections, links, and the checklists.
  const parsed = parseKnowledgePack(json, { today });
  if (!parsed.pack) {
    const errors = parsed.problems.filter((problem) => problem.severity === 'error');
    const first = errors[0] ? formatProblem(errors[0]) : 'onbekende fout';
    const more = errors.length > 1 ? ` (en ${errors.length - 1} andere ${errors.length === 2 ? 'fout' : 'fouten'})` : '';
    return { ok: false, error: `Het kennispakket is afgekeurd: ${first}${more}.` };
  }
  return { ok: true, pack: parsed.pack };
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
  options: { fetchImpl?: typeof fetch; now?: () => Date } = {},
): Promise<RemotePackState> {
  if (!url) return { url };
  const moment = (options.now ?? (() => new Date()))();
  const result = await fetchPack(url, options.fetchImpl, localIsoDate(moment));
  await keepFetchResult(db, url, result, moment.toISOString());
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
