import { describe, expect, it } from 'vitest';
import { outcomeOfResponse } from './delivery-outcome';

const entry = { id: '6f1c1b9e-1b7c-4a43-9d0a-3c1c6f9d2a11', status: 'nieuw', updatedAt: '2026-03-01T10:00:00Z' };

describe('outcomeOfResponse', () => {
  it('treats 201 and 200 (already had it) as accepted, keeping the status entry', () => {
    expect(outcomeOfResponse(201, null, JSON.stringify(entry))).toEqual({ kind: 'accepted', status: 201, entry });
    expect(outcomeOfResponse(200, null, JSON.stringify(entry))).toMatchObject({ kind: 'accepted', status: 200 });
    expect(outcomeOfResponse(201, null, 'not json')).toEqual({ kind: 'accepted', status: 201, entry: undefined });
  });

  it('keeps the reasons of a 400 and a 422 for the user', () => {
    const rejection = { error: 'Het signaal is niet aangenomen.', reasons: [{ path: 'summary', message: 'te kort' }] };
    expect(outcomeOfResponse(400, null, JSON.stringify(rejection))).toEqual({
      kind: 'rejected',
      status: 400,
      rejection,
    });
    expect(outcomeOfResponse(422, null, JSON.stringify(rejection))).toMatchObject({ kind: 'rejected', status: 422 });
    expect(outcomeOfResponse(400, null, '<html>Bad Request</html>')).toEqual({
      kind: 'rejected',
      status: 400,
      rejection: undefined,
    });
  });

  it('separates configuration problems, size, rate limits and server trouble', () => {
    expect(outcomeOfResponse(401, null, '')).toEqual({ kind: 'config', status: 401 });
    expect(outcomeOfResponse(403, null, '')).toEqual({ kind: 'config', status: 403 });
    expect(outcomeOfResponse(404, null, '')).toEqual({ kind: 'config', status: 404 });
    expect(outcomeOfResponse(413, null, '')).toEqual({ kind: 'too-large', status: 413 });
    expect(outcomeOfResponse(429, '30', '')).toEqual({ kind: 'rate-limited', status: 429, retryAfter: '30' });
    expect(outcomeOfResponse(500, null, '')).toEqual({ kind: 'server-error', status: 500 });
    expect(outcomeOfResponse(503, '10', '')).toEqual({ kind: 'server-error', status: 503 });
    expect(outcomeOfResponse(408, null, '')).toEqual({ kind: 'server-error', status: 408 });
  });

  it('treats an unfollowed redirect (status 0) as a wrong address', () => {
    expect(outcomeOfResponse(0, null, '')).toEqual({ kind: 'config', status: 0 });
  });
});
