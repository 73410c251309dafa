import type { SignalCategory } from '../../utils/schemas/signal';

/**
 * DOM events <komma-assistant> dispatches for its host page. They bubble and cross the shadow
 * boundary (composed), and their detail never carries personal data or signal text: a host may log
 * or forward them freely.
 */
export interface KommaEventDetails {
  /** A signal was written to the outbox on this device. */
  'komma-signal-queued': { id: string; category: SignalCategory };
  /** The inbox confirmed a signal (201, or 200 for one it already had). */
  'komma-signal-delivered': { id: string };
  /** Komma put text on the clipboard (for example a weighing text for the case file). */
  'komma-text-copied': { characters: number };
}

export type KommaEventName = keyof KommaEventDetails;

export type EmitKommaEvent = <K extends KommaEventName>(type: K, detail: KommaEventDetails[K]) => void;

/** Dispatches a Komma event on `target` (the element), bubbling out of the shadow tree. */
export function dispatchKommaEvent<K extends KommaEventName>(target: EventTarget, type: K, detail: KommaEventDetails[K]) {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
