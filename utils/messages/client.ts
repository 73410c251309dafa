import { browser } from 'wxt/browser';
import type { Envelope, MessageName, Reply, RequestOf, ResponseOf } from './protocol';

/** The only caller of runtime.sendMessage: typed request in, typed response out, errors thrown in Dutch. */
export async function sendMessage<K extends MessageName>(name: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const envelope: Envelope<K> = { komma: 1, name, payload };
  let reply: Reply<K> | undefined;
  try {
    reply = (await browser.runtime.sendMessage(envelope)) as Reply<K> | undefined;
  } catch {
    throw new Error('De achtergrond van Komma reageert niet. Sluit het paneel en open het opnieuw.');
  }
  if (!reply) throw new Error('De achtergrond van Komma gaf geen antwoord.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
