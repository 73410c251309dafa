/** @vitest-environment node */
import { describe, expect, it } from 'vitest';
import { generateToken } from './token-file';
import { createTokenStore, hasScope } from './token-store';

describe('createTokenStore', () => {
  const submit = generateToken('submit');
  const triage = generateToken('triage');
  const store = createTokenStore([
    { token: submit, scope: 'submit', team: 'Team Inkomen' },
    { token: triage, scope: 'triage', team: 'Signalering' },
  ]);

  it('recognises each token with its scope and team', () => {
    expect(store.verify(submit)).toMatchObject({ scope: 'submit', team: 'Team Inkomen' });
    expect(store.verify(triage)).toMatchObject({ scope: 'triage', team: 'Signalering' });
  });

  it('refuses tokens that are almost right', () => {
    expect(store.verify(submit.slice(0, -1))).toBeUndefined();
    expect(store.verify(`${submit}x`)).toBeUndefined();
    expect(store.verify('')).toBeUndefined();
  });

  it('keeps no token in memory, only digests', () => {
    expect(JSON.stringify(store.verify(submit))).not.toContain(submit);
    expect(Object.values(store).join(' ')).not.toContain(submit);
  });

  it('lets triage do what submit may, not the other way round', () => {
    expect(hasScope(store.verify(triage)!, 'submit')).toBe(true);
    expect(hasScope(store.verify(submit)!, 'triage')).toBe(false);
  });
});
