import { describe, expect, it } from 'vitest';
import { packSourceKind } from './pack-source-kinds';

describe('packSourceKind', () => {
  it('claims top-level articles, the synonyms file and checklist files; not README or other subdirectories', () => {
    expect(packSourceKind('kostendelersnorm.md')).toBeDefined();
    expect(packSourceKind('synonyms.yaml')).toBeDefined();
    expect(packSourceKind('README.md')).toBeUndefined();
    expect(packSourceKind('checklists/gesprek.yaml')?.directory).toBe('checklists');
    expect(packSourceKind('checklists/notities.txt')).toBeUndefined();
    expect(packSourceKind('concepten/oud.md')).toBeUndefined();
    expect(packSourceKind('notities.txt')).toBeUndefined();
  });
});
