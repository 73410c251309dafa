import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * Moves focus to an element after the next render, on request: when the phase changes, keyboard and
 * screen-reader users land on the new heading instead of on a button that has scrolled away.
 */
export function useFocusRequest<T extends HTMLElement>() {
  const target = useRef<T>(null);
  const [requests, setRequests] = useState(0);
  useEffect(() => {
    if (requests > 0) target.current?.focus();
  }, [requests]);
  return { target, request: () => setRequests((count) => count + 1) };
}
