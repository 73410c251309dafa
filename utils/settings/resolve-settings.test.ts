import { describe, expect, it } from 'vitest';
import { resolveSettings } from './resolve-settings';

describe('resolveSettings', () => {
  it('uses defaults when nothing is set', () => {
    const resolved = resolveSettings({}, undefined);
    expect(resolved.values.reviewIntervalMonths).toBe(12);
    expect(resolved.sources.municipality).toBe('default');
    expect(resolved.warnings).toEqual([]);
  });

  it('lets the admin policy win over the user, key by key', () => {
    const resolved = resolveSettings(
      { municipality: 'Leeuwarden' },
      { version: 1, values: { municipality: 'Ergens', reviewIntervalMonths: 6 } },
    );
    expect(resolved.values.municipality).toBe('Leeuwarden');
    expect(resolved.sources.municipality).toBe('managed');
    expect(resolved.values.reviewIntervalMonths).toBe(6);
    expect(resolved.sources.reviewIntervalMonths).toBe('user');
  });

  it('ignores a malformed policy value with a Dutch warning and keeps the rest of the policy', () => {
    const resolved = resolveSettings(
      { municipality: 'Zaanstad', reviewIntervalMonths: 'twaalf', knowledgePackUrl: 'ftp://kennis.example' },
      { version: 1, values: { reviewIntervalMonths: 9 } },
    );
    expect(resolved.values.municipality).toBe('Zaanstad');
    expect(resolved.values.reviewIntervalMonths).toBe(9);
    expect(resolved.sources.reviewIntervalMonths).toBe('user');
    expect(resolved.values.knowledgePackUrl).toBe('');
    expect(resolved.warnings.map((w) => w.key).sort()).toEqual(['knowledgePackUrl', 'reviewIntervalMonths']);
    expect(resolved.warnings[0]?.message).toMatch(/wordt genegeerd/);
  });

  it('refuses plain http except on this machine', () => {
    expect(resolveSettings({ knowledgePackUrl: 'http://kennis.example/pack.json' }, undefined).warnings).toHaveLength(1);
    expect(resolveSettings({ knowledgePackUrl: 'http://127.0.0.1:5173/pack.json' }, undefined).warnings).toHaveLength(0);
  });

  it('survives a policy that is not an object and reports unknown keys', () => {
    expect(resolveSettings('nonsense', undefined).warnings).toHaveLength(1);
    const resolved = resolveSettings({ colour: 'red' }, undefined);
    expect(resolved.warnings[0]?.message).toContain('colour');
  });

  it('does not use stored settings of an unknown version', () => {
    const resolved = resolveSettings({}, { version: 7, values: { municipality: 'X' } });
    expect(resolved.values.municipality).toBe('');
    expect(resolved.warnings).toHaveLength(1);
  });

  it('names where an ignored value came from, so the right person can fix it', () => {
    const fromPolicy = resolveSettings({ reviewIntervalMonths: 0 }, undefined);
    expect(fromPolicy.warnings[0]?.message).toContain('uit het beheerbeleid wordt genegeerd');
    const fromHost = resolveSettings({ reviewIntervalMonths: 0 }, undefined, 'de configuratie van deze webapplicatie');
    expect(fromHost.warnings[0]?.message).toContain('uit de configuratie van deze webapplicatie wordt genegeerd');
    expect(resolveSettings(42, undefined, 'de configuratie van deze webapplicatie').warnings[0]?.message).toMatch(
      /^De configuratie van deze webapplicatie heeft/,
    );
  });
});

describe('signal inbox settings', () => {
  it('accepts an https inbox address and drops a trailing slash, so {endpoint}/signals has one slash', () => {
    const resolved = resolveSettings({ signalEndpoint: 'https://signalen.example.nl/' }, undefined);
    expect(resolved.values.signalEndpoint).toBe('https://signalen.example.nl');
    expect(resolved.warnings).toEqual([]);
  });

  it('ignores a token that cannot travel in a header, without repeating the token in the warning', () => {
    const resolved = resolveSettings({ signalToken: 'geheim met spaties' }, undefined);
    expect(resolved.values.signalToken).toBe('');
    expect(resolved.warnings).toHaveLength(1);
    expect(resolved.warnings[0]?.message).not.toContain('geheim');
  });

  it('lets the policy set the token and address', () => {
    const resolved = resolveSettings(
      { signalEndpoint: 'http://127.0.0.1:8787', signalToken: 'abc.DEF_123' },
      { version: 1, values: { signalToken: 'mine' } },
    );
    expect(resolved.values.signalToken).toBe('abc.DEF_123');
    expect(resolved.sources.signalToken).toBe('managed');
  });
});
