import type { ComponentChildren } from 'preact';
import { KIND_LABELS, type Finding } from '../utils/privacy';
import { isBlocking } from '../utils/signals/scan-signal';

/**
 * Text with each finding marked. A <mark> is not announced by most screen readers, so the kind
 * is said in hidden text inside it ("BSN: 111222333").
 */
export function HighlightedText({ text, findings }: { text: string; findings: readonly Finding[] }) {
  const parts: ComponentChildren[] = [];
  let cursor = 0;
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    if (finding.start < cursor) continue;
    if (finding.start > cursor) parts.push(text.slice(cursor, finding.start));
    parts.push(
      <mark
        key={`${finding.start}-${finding.kind}`}
        class={`komma-finding${isBlocking(finding) ? ' komma-finding--blocking' : ''}`}
        data-kind={finding.kind}
        title={KIND_LABELS[finding.kind]}
      >
        <span class="komma-visually-hidden">{`${KIND_LABELS[finding.kind]}: `}</span>
        {finding.text}
      </mark>,
    );
    cursor = finding.end;
  }
  if (cursor < text.length) parts.push(text.slice(cursor));
  return <>{parts}</>;
}
