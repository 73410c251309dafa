import type { SignalGroup } from '../schemas/triage';

export type TrendDirection = 'up' | 'down' | 'same';

export interface TrendDescription {
  direction: TrendDirection;
  /** Shown as a picture; its accessible name is `label`. */
  arrow: '↑' | '↓' | '→';
  label: 'stijgend' | 'dalend' | 'gelijk';
  /** The numbers in words, so the trend never rests on the arrow or a colour alone. */
  text: string;
}

const SHAPES: Record<TrendDirection, Pick<TrendDescription, 'arrow' | 'label'>> = {
  up: { arrow: '↑', label: 'stijgend' },
  down: { arrow: '↓', label: 'dalend' },
  same: { arrow: '→', label: 'gelijk' },
};

/** Recurrence of a group: new signals in the last 30 days against the 30 days before. */
export function describeTrend(trend: SignalGroup['trend']): TrendDescription {
  const { last30Days: last, previous30Days: previous } = trend;
  const direction: TrendDirection = last > previous ? 'up' : last < previous ? 'down' : 'same';
  return {
    direction,
    ...SHAPES[direction],
    text: `${last} in de laatste 30 dagen, ${previous} in de 30 dagen daarvoor`,
  };
}
