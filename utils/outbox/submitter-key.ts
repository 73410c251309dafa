/**
 * A random id for this installation: 24 random bytes as base64url (32 characters). The inbox uses
 * it only to answer "which of these signals are mine"; it says nothing about who the user is.
 */
export function newSubmitterKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}
