import { SIGNAL_CATEGORY_LABELS } from '../utils/schemas/signal';
import type { SignalGroup, SignalGroupKind } from '../utils/schemas/triage';
import { describeStatuses } from '../utils/triage/describe-statuses';
import { describeTrend } from '../utils/triage/describe-trend';

export const GROUP_KIND_LABELS: Record<SignalGroupKind, string> = {
  merged: 'Samengevoegd door het signaleringsteam',
  rule: 'Zelfde categorie en regel',
  text: 'Lijkende beschrijving',
  single: 'Los signaal',
};

export const formatDay = (iso: string) => new Date(iso).toLocaleDateString('nl-NL', { dateStyle: 'medium' });

/** Recurrence in words with an arrow that has its own accessible name: never colour alone. */
export function TrendText({ trend }: { trend: SignalGroup['trend'] }) {
  const described = describeTrend(trend);
  return (
    <span class="komma-trend" data-direction={described.direction}>
      <span class="komma-trend__arrow" role="img" aria-label={described.label} title={described.label}>
        {described.arrow}
      </span>{' '}
      {described.text}
    </span>
  );
}

/** What a signaleringsconsulent weighs first: what, how often, since when, and how far it got. */
export function TriageGroupFacts({ group }: { group: SignalGroup }) {
  return (
    <dl class="komma-meta-list komma-triage-facts">
      <dt>Categorie</dt>
      <dd>{SIGNAL_CATEGORY_LABELS[group.category]}</dd>
      {group.rule && (
        <>
          <dt>Regel</dt>
          <dd>{group.rule}</dd>
        </>
      )}
      <dt>Aantal</dt>
      <dd>{group.count === 1 ? '1 signaal' : `${group.count} signalen`}</dd>
      <dt>Eerst gezien</dt>
      <dd>{formatDay(group.firstSeen)}</dd>
      <dt>Laatst gezien</dt>
      <dd>{formatDay(group.lastSeen)}</dd>
      <dt>Trend</dt>
      <dd>
        <TrendText trend={group.trend} />
      </dd>
      <dt>Status</dt>
      <dd>{describeStatuses(group.statuses)}</dd>
      <dt>Waarom samen</dt>
      <dd>{GROUP_KIND_LABELS[group.kind]}</dd>
    </dl>
  );
}
