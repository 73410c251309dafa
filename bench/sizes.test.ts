import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { measureBuildSizes, withoutKnowledge } from './sizes';

const PACK = JSON.stringify({ format: 'komma-knowledge-pack', articles: [{ body: 'x'.repeat(5000) }] });

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function build(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'komma-sizes-'));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  return dir;
}

describe('withoutKnowledge', () => {
  it('leaves out an inlined knowledge pack and search index in any quoting, and nothing else', () => {
    for (const quoted of [`\`${PACK}\``, JSON.stringify(PACK), `'${PACK}'`]) {
      expect(withoutKnowledge(`var a=1;var p=JSON.parse(${quoted});go(p);`)).toBe(
        'var a=1;var p=JSON.parse(' + quoted[0] + '{}' + quoted[0] + ');go(p);',
      );
    }
    const index = JSON.stringify(JSON.stringify({ format: 'komma-search-index', head: 'x'.repeat(5000) }));
    expect(withoutKnowledge(`var p=JSON.parse(${JSON.stringify(PACK)}),i=()=>JSON.parse(${index});go(p,i);`)).toBe(
      'var p=JSON.parse("{}"),i=()=>JSON.parse("{}");go(p,i);',
    );
    expect(withoutKnowledge('var s=JSON.parse(`[{"terms":["a","b"]}]`);')).toBe(
      'var s=JSON.parse(`[{"terms":["a","b"]}]`);',
    );
  });
});

describe('measureBuildSizes', () => {
  it('counts each entry with the chunks it loads, raw and gzipped', () => {
    const output = build({
      'chrome-mv3/manifest.json': JSON.stringify({
        background: { service_worker: 'background.js' },
        side_panel: { default_path: 'sidepanel.html' },
      }),
      'chrome-mv3/sidepanel.html':
        '<script type="module" src="/chunks/panel.js"></script><link rel="stylesheet" href="/assets/panel.css">',
      'chrome-mv3/chunks/panel.js': `import{x}from"./shared.js";var p=JSON.parse(\`${PACK}\`);`,
      'chrome-mv3/chunks/shared.js': 'export const x=1;',
      'chrome-mv3/assets/panel.css': 'body{margin:0}',
      'chrome-mv3/background.js': 'console.log(1)',
      'embed/komma-assistant.js': `customElements.define("komma-assistant",class{});JSON.parse('${PACK}')`,
    });
    const sizes = measureBuildSizes(output)!;
    const byName = new Map(sizes.map((entry) => [entry.name, entry]));
    expect(byName.get('side panel JS')?.files.sort()).toEqual(['chunks/panel.js', 'chunks/shared.js']);
    expect(byName.get('side panel JS')!.rawBytes).toBeGreaterThan(5000);
    expect(byName.get('side panel JS without knowledge content')!.rawBytes).toBeLessThan(100);
    expect(byName.get('side panel CSS')?.files).toEqual(['assets/panel.css']);
    expect(byName.get('background')?.rawBytes).toBe('console.log(1)'.length);
    expect(byName.get('embed without knowledge content')!.rawBytes).toBeLessThan(100);
    expect(measureBuildSizes(output)).toEqual(sizes);
  });

  it('says there is nothing to measure without a build', () => {
    expect(measureBuildSizes(build({}))).toBeUndefined();
  });
});
