import type { Reason } from '../utils/schemas/parse-dutch';

/** The inbox's reasons per field; `labels` turns a field path into the words the user sees on screen. */
export function ReasonList({ reasons, labels = {} }: { reasons: readonly Reason[]; labels?: Record<string, string> }) {
  if (reasons.length === 0) return null;
  return (
    <ul class="utrecht-unordered-list">
      {reasons.map((reason) => (
        <li class="utrecht-unordered-list__item" key={`${reason.path}:${reason.message}`}>
          {reason.path ? `${labels[reason.path] ?? reason.path}: ` : ''}
          {reason.message}
        </li>
      ))}
    </ul>
  );
}
