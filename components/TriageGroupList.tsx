import type { TriageModel } from '../models/TriageModel';
import { TriageFilters } from './TriageFilters';
import { TriageGroupFacts } from './TriageGroupFacts';
import { TriageProblemAlert } from './TriageProblemAlert';

export function groupButtonId(key: string) {
  return `komma-triage-group-${key}`;
}

/** Every group of similar signals, busiest first as the inbox sorts them, with filters. */
export function TriageGroupList({ model }: { model: TriageModel }) {
  const groups = model.groups.value;
  const loading = model.loadingGroups.value;
  const problem = model.listProblem.value;

  return (
    <div class="komma-stack">
      <p class="utrecht-paragraph">
        Signalen over hetzelfde onderwerp staan samen in een groep. Open een groep om de signalen te lezen, ze samen te
        voegen, een status te kiezen en de melders te antwoorden.
      </p>
      <TriageFilters model={model} />
      <div class="komma-row">
        <p class="utrecht-paragraph" role="status">
          {loading
            ? 'Groepen worden geladen…'
            : model.groupsLoaded.value
              ? groups.length === 1
                ? '1 groep gevonden.'
                : `${groups.length} groepen gevonden.`
              : ''}
        </p>
        <button
          type="button"
          class="utrecht-button utrecht-button--subtle"
          aria-disabled={loading ? true : undefined}
          onClick={() => {
            if (!loading) void model.loadGroups();
          }}
        >
          Vernieuwen
        </button>
      </div>
      {problem && <TriageProblemAlert problem={problem} />}
      {model.groupsLoaded.value && groups.length === 0 && !loading && (
        <p class="utrecht-paragraph komma-empty">Er zijn geen groepen die bij deze filters passen.</p>
      )}
      {groups.length > 0 && (
        <ul class="komma-triage-groups" aria-label="Groepen van signalen">
          {groups.map((group) => (
            <li class="komma-triage-group" key={group.key}>
              <h3 class="utrecht-heading-3 komma-triage-group__title">
                <button
                  type="button"
                  id={groupButtonId(group.key)}
                  class="utrecht-link-button utrecht-link-button--html-button komma-link-button"
                  onClick={() => void model.open(group.key)}
                >
                  {group.title}
                </button>
              </h3>
              <TriageGroupFacts group={group} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
