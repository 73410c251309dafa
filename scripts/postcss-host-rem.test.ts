import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { hostRem } from './postcss-host-rem';

async function run(css: string) {
  return (await postcss([hostRem()]).process(css, { from: undefined })).css;
}

describe('hostRem', () => {
  it('turns rem lengths into multiples of --komma-rem, in properties and custom properties', async () => {
    expect(await run('a { padding: 0.5rem 1rem; margin: -.25rem; --size: 1.125rem; }')).toBe(
      'a { padding: calc(0.5 * var(--komma-rem)) calc(1 * var(--komma-rem)); margin: calc(-.25 * var(--komma-rem)); --size: calc(1.125 * var(--komma-rem)); }',
    );
  });

  it('reaches rem inside calc(), var() fallbacks and min()', async () => {
    expect(await run('a { width: min(28rem, 100vw); gap: var(--x, 2rem); top: calc(100% - 1rem); }')).toBe(
      'a { width: min(calc(28 * var(--komma-rem)), 100vw); gap: var(--x, calc(2 * var(--komma-rem))); top: calc(100% - calc(1 * var(--komma-rem))); }',
    );
  });

  it('leaves other units, words containing "rem", strings and media queries alone', async () => {
    const css = '@media (min-width: 40rem) { a { width: 10em; font-family: "Lorem 2rem"; content: "3rem"; background: url(img2rem.png); } }';
    expect(await run(css)).toBe(css);
  });
});
