import { useEffect, useRef, useState } from 'preact/hooks';
import type { TriageModel } from '../models/TriageModel';
import { ROLE_LABELS } from '../utils/schemas/roles';
import {
  SIGNAL_CATEGORY_LABELS,
  SIGNAL_EFFECT_LABELS,
  SIGNAL_FREQUENCY_LABELS,
  SIGNAL_STATUS_LABELS,
} from '../utils/schemas/signal';
import type { TriageSignal } from '../utils/schemas/triage';
import { downloadFile } from '../utils/signals/download-file';
import { useApp } from './AppContext';
import { SOURCE_KIND_LABELS } from './SignalPreview';
import { TriageGroupFacts, formatDay } from './TriageGroupFacts';
import { TriageProblemAlert } from './TriageProblemAlert';
import { TriageStatusForm } from './TriageStatusForm';

export const TRIAGE_GROUP_HEADING_ID = 'komma-triage-group-heading';

function SourceText({ signal }: { signal: TriageSignal }) {
  const { knowledge } = useApp();
  const { kind, ref } = signal.context.source;
  const title = kind === 'article' && ref ? knowledge.articlesById.value.get(ref)?.title : undefined;
  return (
    <>
      {SOURCE_KIND_LABELS[kind]}
      {title ? ` "${title}"` : ref ? ` "${ref}"` : ''}
    </>
  );
}

/** One signal in the group's own words; everything it carries except who sent it. */
function MemberEntry({ signal, model, removable }: { signal: TriageSignal; model: TriageModel; removable: boolean }) {
  const headingId = `komma-triage-signal-${signal.id}`;
  const draft = model.statusDraft.value;
  const formHere = draft !== undefined && 'signal' in draft.target && draft.target.signal === signal.id;
  return (
    <li class="komma-signal komma-triage-signal" aria-labelledby={headingId}>
      <label class="komma-inline-choice">
        <input
          class="utrecht-checkbox utrecht-checkbox--html-input"
          type="checkbox"
          checked={model.selected.value.has(signal.id)}
          aria-label={`Kiezen: ${signal.summary}`}
          onChange={(event) => model.toggle(signal.id, event.currentTarget.checked)}
        />{' '}
        Kiezen
      </label>
      <h4 class="komma-signal__title" id={headingId}>
        {signal.summary}
      </h4>
      <dl class="komma-meta-list">
        <dt>Status</dt>
        <dd>{SIGNAL_STATUS_LABELS[signal.status]}</dd>
        <dt>Gemaakt</dt>
        <dd>{formatDay(signal.createdAt)}</dd>
        <dt>Ontvangen</dt>
        <dd>{formatDay(signal.receivedAt)}</dd>
        <dt>Categorie</dt>
        <dd>{SIGNAL_CATEGORY_LABELS[signal.category]}</dd>
        {signal.rule && (
          <>
            <dt>Regel</dt>
            <dd>{signal.rule}</dd>
          </>
        )}
        <dt>Hoe vaak</dt>
        <dd>{SIGNAL_FREQUENCY_LABELS[signal.frequency]}</dd>
        <dt>Gevolgen</dt>
        <dd>
          {signal.effects.length > 0
            ? signal.effects.map((effect) => SIGNAL_EFFECT_LABELS[effect]).join(', ')
            : 'Niet ingevuld'}
        </dd>
        <dt>Aanleiding</dt>
        <dd>
          <SourceText signal={signal} />
        </dd>
        <dt>Gemeld door</dt>
        <dd>
          {ROLE_LABELS[signal.context.role]}, {signal.team}
        </dd>
      </dl>
      {signal.description && (
        <div>
          <p class="komma-triage-label">Toelichting</p>
          <p class="utrecht-paragraph komma-pre-wrap">{signal.description}</p>
        </div>
      )}
      {signal.suggestion && (
        <div>
          <p class="komma-triage-label">Suggestie</p>
          <p class="utrecht-paragraph komma-pre-wrap">{signal.suggestion}</p>
        </div>
      )}
      {signal.answer && (
        <div>
          <p class="komma-triage-label">Antwoord aan de melder</p>
          <blockquote class="komma-quote">
            <p class="utrecht-paragraph">{signal.answer}</p>
          </blockquote>
        </div>
      )}
      {formHere ? (
        <TriageStatusForm
          model={model}
          idPrefix={`komma-triage-status-${signal.id}`}
          subject={signal.summary}
          level={5}
        />
      ) : (
        <div class="komma-row">
          <button
            type="button"
            class="utrecht-button utrecht-button--secondary-action komma-button--small"
            // The visible words first, then which signal (WCAG 2.5.3 label in name).
            aria-label={`Status van dit signaal: ${signal.summary}`}
            onClick={() => model.startStatus({ signal: signal.id })}
          >
            Status van dit signaal
          </button>
          {removable && (
            <button
              type="button"
              class="utrecht-button utrecht-button--subtle komma-button--small"
              aria-disabled={model.busy.value ? true : undefined}
              aria-label={`Uit deze groep halen: ${signal.summary}`}
              onClick={() => void model.removeFromOpen(signal.id)}
            >
              Uit deze groep halen
            </button>
          )}
        </div>
      )}
    </li>
  );
}

function download(file: { fileName: string; text: string; contentType: string } | undefined) {
  if (file) downloadFile(file.fileName, file.text, file.contentType);
}

/** Merge: a new group of the selection, the selection into another group, or other groups into this one. */
function MergeTools({ model }: { model: TriageModel }) {
  const [title, setTitle] = useState('');
  const [target, setTarget] = useState('');
  const [additions, setAdditions] = useState<ReadonlySet<string>>(new Set());
  const openKey = model.openKey.value;
  const others = model.groups.value.filter((group) => group.key !== openKey);
  const count = model.selected.value.size;
  const busy = model.busy.value;

  return (
    <section class="komma-stack" aria-labelledby="komma-triage-merge-heading">
      <h3 class="utrecht-heading-3" id="komma-triage-merge-heading">
        Samenvoegen
      </h3>
      <p class="utrecht-paragraph">
        {count === 0
          ? 'Kies hierboven signalen om ze in een nieuwe of andere groep te zetten.'
          : count === 1
            ? '1 signaal gekozen.'
            : `${count} signalen gekozen.`}
      </p>
      {count >= 2 && (
        <div class="utrecht-form-field">
          <label class="utrecht-form-label" for="komma-triage-new-title">
            Naam van de nieuwe groep (niet verplicht)
          </label>
          <div class="komma-row">
            <input
              id="komma-triage-new-title"
              class="utrecht-textbox utrecht-textbox--html-input"
              type="text"
              maxLength={200}
              autoComplete="off"
              value={title}
              onInput={(event) => setTitle(event.currentTarget.value)}
            />
            <button
              type="button"
              class="utrecht-button utrecht-button--secondary-action"
              aria-disabled={busy ? true : undefined}
              onClick={() => {
                if (!busy) void model.mergeSelectionIntoNewGroup(title).then((done) => done && setTitle(''));
              }}
            >
              Nieuwe groep maken
            </button>
          </div>
        </div>
      )}
      {count >= 1 && others.length > 0 && (
        <div class="utrecht-form-field">
          <label class="utrecht-form-label" for="komma-triage-move-target">
            Gekozen signalen verplaatsen naar
          </label>
          <div class="komma-row">
            <select
              id="komma-triage-move-target"
              class="utrecht-select utrecht-select--html-select"
              value={target}
              onChange={(event) => setTarget(event.currentTarget.value)}
            >
              <option value="">Kies een groep</option>
              {others.map((group) => (
                <option value={group.key} key={group.key}>
                  {group.title} ({group.count})
                </option>
              ))}
            </select>
            <button
              type="button"
              class="utrecht-button utrecht-button--secondary-action"
              aria-disabled={busy || !target ? true : undefined}
              onClick={() => {
                if (!busy && target) void model.moveSelectionTo(target).then((done) => done && setTarget(''));
              }}
            >
              Verplaatsen
            </button>
          </div>
        </div>
      )}
      {others.length > 0 && (
        <details class="komma-details">
          <summary>Andere groepen aan deze groep toevoegen</summary>
          <fieldset class="utrecht-form-fieldset">
            <legend class="utrecht-form-fieldset__legend">Groepen om toe te voegen</legend>
            {others.map((group) => (
              <label class="komma-inline-choice komma-triage-addition" key={group.key}>
                <input
                  class="utrecht-checkbox utrecht-checkbox--html-input"
                  type="checkbox"
                  checked={additions.has(group.key)}
                  onChange={(event) => {
                    const next = new Set(additions);
                    if (event.currentTarget.checked) next.add(group.key);
                    else next.delete(group.key);
                    setAdditions(next);
                  }}
                />{' '}
                {group.title} ({group.count === 1 ? '1 signaal' : `${group.count} signalen`})
              </label>
            ))}
          </fieldset>
          <button
            type="button"
            class="utrecht-button utrecht-button--secondary-action"
            aria-disabled={busy || additions.size === 0 ? true : undefined}
            onClick={() => {
              if (!busy && additions.size > 0) {
                void model.addGroupsToOpen([...additions]).then((done) => done && setAdditions(new Set()));
              }
            }}
          >
            Toevoegen aan deze groep
          </button>
        </details>
      )}
    </section>
  );
}

/** One group: its signals, merging, status and answer, and the export for the policy adviser. */
export function TriageGroupView({ model, onBack }: { model: TriageModel; onBack: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const group = model.openGroup.value;
  const members = model.members.value;
  const draft = model.statusDraft.value;
  const notice = model.notice.value;
  const problem = model.groupProblem.value;
  const selection = model.selected.value;
  const key = model.openKey.value;

  // A new group (opened, or made by a merge) starts at its heading.
  useEffect(() => headingRef.current?.focus(), [key]);
  // After saving, focus leaves the closed form: the confirmation is the place to continue from.
  useEffect(() => {
    if (notice && !draft) noticeRef.current?.focus();
  }, [notice, draft]);

  const groupForm = draft !== undefined && 'group' in draft.target;
  const allSelected = members.length > 0 && members.every((member) => selection.has(member.id));

  return (
    <div class="komma-stack">
      <button type="button" class="utrecht-button utrecht-button--subtle" onClick={onBack}>
        <span aria-hidden="true">← </span>Terug naar alle groepen
      </button>
      <h2 class="utrecht-heading-2" id={TRIAGE_GROUP_HEADING_ID} tabIndex={-1} ref={headingRef}>
        {group?.title ?? 'Groep'}
      </h2>
      {group && <TriageGroupFacts group={group} />}
      {notice && (
        <div class="utrecht-alert utrecht-alert--ok" role="status" tabIndex={-1} ref={noticeRef}>
          <p class="utrecht-paragraph">{notice}</p>
        </div>
      )}
      {problem && <TriageProblemAlert problem={problem} />}

      {group && (
        <section class="komma-stack" aria-labelledby="komma-triage-group-actions">
          <h3 class="utrecht-heading-3" id="komma-triage-group-actions">
            De hele groep
          </h3>
          {groupForm ? (
            <TriageStatusForm
              model={model}
              idPrefix="komma-triage-status-group"
              subject={`alle ${group.count} signalen`}
              level={4}
            />
          ) : (
            <button
              type="button"
              class="utrecht-button utrecht-button--primary-action"
              onClick={() => model.startStatus({ group: group.key })}
            >
              Status en antwoord voor de hele groep
            </button>
          )}
          <div class="komma-row" role="group" aria-label="Downloaden voor de beleidsadviseur">
            <button
              type="button"
              class="utrecht-button utrecht-button--secondary-action"
              aria-disabled={model.busy.value ? true : undefined}
              onClick={() => void model.exportFile('markdown', 'group').then(download)}
            >
              Download als Markdown
            </button>
            <button
              type="button"
              class="utrecht-button utrecht-button--secondary-action"
              aria-disabled={model.busy.value ? true : undefined}
              onClick={() => void model.exportFile('csv', 'group').then(download)}
            >
              Download als CSV
            </button>
          </div>
        </section>
      )}

      <section class="komma-stack" aria-labelledby="komma-triage-members-heading">
        <h3 class="utrecht-heading-3" id="komma-triage-members-heading">
          Signalen in deze groep
        </h3>
        {model.loadingMembers.value && members.length === 0 ? (
          <p class="utrecht-paragraph" role="status">
            Signalen worden geladen…
          </p>
        ) : (
          <>
            {members.length > 1 && (
              <label class="komma-inline-choice">
                <input
                  class="utrecht-checkbox utrecht-checkbox--html-input"
                  type="checkbox"
                  checked={allSelected}
                  onChange={(event) => model.selectAll(event.currentTarget.checked)}
                />{' '}
                Alle signalen kiezen
              </label>
            )}
            <ul class="komma-signals" aria-label="Signalen in deze groep">
              {members.map((member) => (
                <MemberEntry key={member.id} signal={member} model={model} removable={group?.kind === 'merged'} />
              ))}
            </ul>
            {selection.size > 0 && (
              <div class="komma-row" role="group" aria-label="Gekozen signalen downloaden">
                <button
                  type="button"
                  class="utrecht-button utrecht-button--subtle"
                  onClick={() => void model.exportFile('markdown', 'selection').then(download)}
                >
                  Gekozen signalen als Markdown
                </button>
                <button
                  type="button"
                  class="utrecht-button utrecht-button--subtle"
                  onClick={() => void model.exportFile('csv', 'selection').then(download)}
                >
                  Gekozen signalen als CSV
                </button>
              </div>
            )}
          </>
        )}
      </section>

      <MergeTools model={model} />
    </div>
  );
}
