// Chrome (and Edge) extension ids are 32 letters a–p; Firefox gives each install a random UUID.
const EXTENSION_ORIGIN = /^(chrome-extension:\/\/[a-p]{32}|moz-extension:\/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/**
 * CORS: browser extensions plus origins an administrator named (such as a demo page that embeds
 * Komma). Tokens, not origins, decide access; this only keeps ordinary web pages from reading answers.
 */
export function isAllowedOrigin(origin: string, configured: readonly string[]): boolean {
  return EXTENSION_ORIGIN.test(origin) || configured.includes(origin);
}
