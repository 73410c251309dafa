import type { Ref } from 'preact';
import type { TriageProblem } from '../utils/triage/triage-result';
import { ReasonList } from './ReasonList';

const FIELD_LABELS: Record<string, string> = {
  answer: 'Antwoord',
  articleId: 'Kennisartikel',
  status: 'Status',
  title: 'Naam van de groep',
  signalIds: 'Signalen',
  target: 'Groep',
};

/** What went wrong at the inbox, with its reasons per field (a 400 says what to change). */
export function TriageProblemAlert({ problem, alertRef }: { problem: TriageProblem; alertRef?: Ref<HTMLDivElement> }) {
  return (
    <div class="utrecht-alert utrecht-alert--error" role="alert" tabIndex={-1} ref={alertRef}>
      <div class="komma-stack">
        <p class="utrecht-paragraph">{problem.message}</p>
        <ReasonList reasons={problem.reasons ?? []} labels={FIELD_LABELS} />
      </div>
    </div>
  );
}
