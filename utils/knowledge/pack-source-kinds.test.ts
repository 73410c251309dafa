import { describe, expect, it } from 'vitest';
import { packSourceKind } from './pack-source-kinds';

describe('packSourceKind', () => {
  it('claims top-level articles and the synonyms file, not README or subdirectories', () => {
    expect(packSourceKind('kostendelersnorm.md')).toBeDefined();
    expect(packSourceKind('synonyms.yaml')).toBeDefined();
    expect(packSourceKind('README.md')).toBeUndefined();
    expect(packSourceKind('checklists/gesprek.yaml')).toBeUndefined();
    expect(packSourceKind('concepten/oud.md')).toBeUndefined();
    expect(packSourceKind('notities.txt')).toBeUndefined();
  });
});
