import { useEffect } from 'preact/hooks';

/**
 * Puts `name` on the performance timeline once per document, after the render in which `ready`
 * first holds: Preact runs effects after the next frame, so the mark means "on screen". The
 * benchmark (bench/panel.ts) reads these marks; a mark costs microseconds, so it ships.
 */
export function usePaintedMark(name: string, ready: boolean, detail?: () => unknown) {
  useEffect(() => {
    if (!ready || performance.getEntriesByName(name, 'mark').length > 0) return;
    performance.mark(name, { detail: detail?.() });
  }, [ready]);
}
