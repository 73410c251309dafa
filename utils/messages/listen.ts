import { requestSchemas, isEnvelope, type MessageName, type ParsedRequestOf, type Reply, type ResponseOf } from './protocol';

export type Handlers = { [K in MessageName]: (payload: ParsedRequestOf<K>) => Promise<ResponseOf<K>> };

export interface SenderInfo {
  id?: string;
  url?: string;
}

/**
 * Builds the runtime.onMessage listener: only our own extension pages are accepted (no content
 * script or web page can talk to the background), every payload is parsed before its handler runs,
 * and a handler's failure comes back as a Dutch error instead of a hung promise.
 */
export function createMessageListener(handlers: Handlers, own: { id: string; origin: string }) {
  // sendResponse + `return true` keeps the channel open in every browser; a returned promise is
  // not understood by older Chromium versions.
  return (message: unknown, sender: SenderInfo, sendResponse: (reply: Reply) => void): boolean => {
    if (!isEnvelope(message)) return false;
    if (sender.id !== own.id || !sender.url?.startsWith(own.origin)) {
      sendResponse({ ok: false, error: 'Dit bericht komt niet van Komma zelf en wordt genegeerd.' });
      return false;
    }
    void dispatch(handlers, message.name, message.payload).then(sendResponse);
    return true;
  };
}

async function dispatch<K extends MessageName>(handlers: Handlers, name: K, payload: unknown): Promise<Reply> {
  const parsed = requestSchemas[name].safeParse(payload);
  if (!parsed.success) {
    return { ok: false, error: `Ongeldig verzoek (${name}): ${parsed.error.issues[0]?.message ?? 'onbekende fout'}` };
  }
  try {
    const handler = handlers[name] as (payload: ParsedRequestOf<K>) => Promise<ResponseOf<K>>;
    return { ok: true, value: await handler(parsed.data as ParsedRequestOf<K>) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
