import { describe, expect, it } from 'vitest';
import { parseYamlSource } from './yaml-source';

describe('parseYamlSource', () => {
  it('reports a syntax error once, in Dutch, at its file line', () => {
    const { problems } = parseYamlSource('id: a\ntitle: Maatregel: verlaging\n', { file: 'a.md', firstLine: 2 });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'a.md', line: 3, severity: 'error' });
    expect(problems[0]?.message).toMatch(/^YAML-fout: .*aanhalingstekens/);
  });

  it('reports a duplicate key', () => {
    const { problems } = parseYamlSource('id: a\nid: b\n', { file: 'a.md', firstLine: 2 });
    expect(problems[0]).toMatchObject({ line: 3, message: 'YAML-fout: deze sleutel staat er twee keer in' });
  });

  it('finds the file line of keys and list items', () => {
    const { parsed } = parseYamlSource('id: a\nthemes:\n  - x\n  - y\n', { file: 'a.md', firstLine: 2 });
    expect(parsed.lineOf(['themes'])).toBe(3);
    expect(parsed.lineOf(['themes', 1])).toBe(5);
    expect(parsed.lineOf(['missing'])).toBeUndefined();
  });
});
