import { useState } from 'preact/hooks';
import type { TriageModel } from '../models/TriageModel';
import {
  SIGNAL_CATEGORIES,
  SIGNAL_CATEGORY_LABELS,
  SIGNAL_STATUSES,
  SIGNAL_STATUS_LABELS,
  type SignalCategory,
  type SignalStatus,
} from '../utils/schemas/signal';
import { TRIAGE_PERIODS, TRIAGE_PERIOD_LABELS, type TriagePeriod } from '../utils/triage/triage-period';

function FilterSelect<T extends string>({
  name,
  label,
  value,
  options,
  onChange,
}: {
  name: string;
  label: string;
  value: T | '';
  options: ReadonlyArray<readonly [T | '', string]>;
  onChange: (value: T | '') => void;
}) {
  const id = `komma-triage-filter-${name}`;
  return (
    <div class="utrecht-form-field">
      <label class="utrecht-form-label" for={id}>
        {label}
      </label>
      <select
        id={id}
        class="utrecht-select utrecht-select--html-select"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value as T | '')}
      >
        {options.map(([option, text]) => (
          <option value={option} key={option}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

const STATUS_OPTIONS = [
  ['', 'Alle statussen'],
  ...SIGNAL_STATUSES.map((s) => [s, SIGNAL_STATUS_LABELS[s]] as const),
] as const;
const CATEGORY_OPTIONS = [
  ['', 'Alle categorieën'],
  ...SIGNAL_CATEGORIES.map((c) => [c, SIGNAL_CATEGORY_LABELS[c]] as const),
] as const;
const PERIOD_OPTIONS = TRIAGE_PERIODS.map((p) => [p, TRIAGE_PERIOD_LABELS[p]] as const);

/**
 * Filters for the groups. Lists apply at once; the words apply on "Zoeken", so typing does not
 * send a request per letter.
 */
export function TriageFilters({ model }: { model: TriageModel }) {
  const filters = model.filters.value;
  const [text, setText] = useState(filters.text);
  const active = Boolean(filters.status || filters.category || filters.period !== 'alles' || filters.text);

  return (
    <form
      class="komma-triage-filters"
      role="search"
      aria-label="Groepen filteren"
      onSubmit={(event) => {
        event.preventDefault();
        model.setFilters({ text: text.trim() });
      }}
    >
      <FilterSelect<SignalStatus>
        name="status"
        label="Status"
        value={filters.status ?? ''}
        options={STATUS_OPTIONS}
        onChange={(status) => model.setFilters({ status: status || undefined })}
      />
      <FilterSelect<SignalCategory>
        name="category"
        label="Categorie"
        value={filters.category ?? ''}
        options={CATEGORY_OPTIONS}
        onChange={(category) => model.setFilters({ category: category || undefined })}
      />
      <FilterSelect<TriagePeriod>
        name="period"
        label="Periode"
        value={filters.period}
        options={PERIOD_OPTIONS}
        onChange={(period) => model.setFilters({ period: period || 'alles' })}
      />
      <div class="utrecht-form-field komma-triage-filters__text">
        <label class="utrecht-form-label" for="komma-triage-filter-text">
          Woorden in de signalen
        </label>
        <div class="komma-row">
          <input
            id="komma-triage-filter-text"
            class="utrecht-textbox utrecht-textbox--html-input"
            type="search"
            value={text}
            autoComplete="off"
            onInput={(event) => setText(event.currentTarget.value)}
          />
          <button type="submit" class="utrecht-button utrecht-button--secondary-action">
            Zoeken
          </button>
        </div>
      </div>
      {active && (
        <button
          type="button"
          class="utrecht-button utrecht-button--subtle"
          onClick={() => {
            setText('');
            model.resetFilters();
          }}
        >
          Filters wissen
        </button>
      )}
    </form>
  );
}
