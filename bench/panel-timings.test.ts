import { describe, expect, it } from 'vitest';
import { type PanelMark, panelRunTimings } from './panel-timings';

const BUNDLED = { source: 'bundled', articles: 37 } as const;
const REMOTE = { source: 'remote', articles: 10_000 } as const;

function opening(pack: { source: string; articles: number }, typed = true): PanelMark[] {
  const marks: PanelMark[] = [
    { name: 'komma:start', startTime: 180 },
    { name: 'komma:pack-ready', startTime: 260, detail: pack },
    { name: 'komma:interactive', startTime: 300, detail: { area: 'kennisbank' } },
  ];
  if (typed) {
    marks.push({ name: 'bench:typed', startTime: 305 }, { name: 'komma:first-result', startTime: 700, detail: pack });
  }
  return marks;
}

describe('panelRunTimings', () => {
  it('counts load figures from opening and the search from the moment of typing', () => {
    expect(panelRunTimings(opening(BUNDLED), BUNDLED)).toEqual({
      scriptStart: 180,
      interactive: 300,
      packReady: 260,
      typedToResult: 395,
      openToResult: 700,
    });
  });

  it('gives only the load figures for an opening without typing', () => {
    expect(panelRunTimings(opening(REMOTE, false), REMOTE)).toEqual({
      scriptStart: 180,
      interactive: 300,
      packReady: 260,
    });
  });

  it('refuses results from the bundled pack when the 10,000-article pack was meant', () => {
    expect(() => panelRunTimings(opening(BUNDLED), REMOTE)).toThrow(
      /bundled pack of 37 articles, not the remote pack of 10000/,
    );
  });

  it('refuses an opening where the panel showed no search box', () => {
    const marks = [...opening(BUNDLED, false), { name: 'bench:no-search-box', startTime: 310 }];
    expect(() => panelRunTimings(marks, BUNDLED)).toThrow(/no search box/);
  });

  it('names the missing mark when the panel never became interactive', () => {
    const marks = opening(BUNDLED, false).filter((mark) => mark.name !== 'komma:interactive');
    expect(() => panelRunTimings(marks, BUNDLED)).toThrow(/no 'komma:interactive' mark/);
  });
});
