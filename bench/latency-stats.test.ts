import { describe, expect, it } from 'vitest';
import { latencyStats } from './latency-stats';

describe('latencyStats', () => {
  it('takes percentiles by nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, index) => 100 - index);
    expect(latencyStats(samples)).toEqual({ samples: 100, p50: 50, p95: 95, p99: 99, max: 100 });
  });

  it('reports the slowest as p99 when there are few samples', () => {
    expect(latencyStats([3, 1, 2])).toMatchObject({ p50: 2, p95: 3, p99: 3 });
  });
});
