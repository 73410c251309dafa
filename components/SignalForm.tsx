import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DraftField, SignalsModel } from '../models/SignalsModel';
import type { Article } from '../utils/schemas/article';
import {
  SIGNAL_CATEGORIES,
  SIGNAL_CATEGORY_LABELS,
  SIGNAL_EFFECTS,
  SIGNAL_EFFECT_LABELS,
  SIGNAL_FREQUENCIES,
  SIGNAL_FREQUENCY_LABELS,
} from '../utils/schemas/signal';
import { useApp } from './AppContext';
import { BLOCKED_REASON_ID, SignalPreview, SOURCE_KIND_LABELS } from './SignalPreview';

const FIELD_ORDER: DraftField[] = ['category', 'summary', 'frequency', 'description', 'rule', 'effects', 'suggestion'];
const IN_DETAILS: DraftField[] = ['description', 'rule', 'effects', 'suggestion'];

export function fieldId(field: DraftField) {
  return `komma-signal-${field}`;
}

/** Law references and article ids from the knowledge pack; the source article's own come first. */
function ruleSuggestions(articles: readonly Article[], sourceArticleId?: string) {
  const first = articles.find((article) => article.id === sourceArticleId);
  const ordered = first ? [first, ...articles.filter((article) => article !== first)] : articles;
  const options = new Map<string, string>();
  for (const article of ordered) for (const law of article.laws) if (!options.has(law)) options.set(law, law);
  for (const article of ordered) options.set(article.id, `Kennisbank: ${article.title}`);
  return [...options];
}

function Field({
  field,
  label,
  hint,
  error,
  children,
}: {
  field: DraftField;
  label: string;
  hint?: string;
  error?: string;
  children: ComponentChildren;
}) {
  const id = fieldId(field);
  return (
    <div class={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <label class="utrecht-form-label" for={id}>
        {label}
      </label>
      {hint && (
        <p class="utrecht-form-field-description" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

function describedBy(field: DraftField, hint: boolean, error: string | undefined) {
  const id = fieldId(field);
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

/** "Nieuw signaal": one required sentence; the rest is optional or already filled in from context. */
export function SignalForm({ model }: { model: SignalsModel }) {
  const { knowledge, services } = useApp();
  const draft = model.draft.value;
  const errors = model.errors.value;
  const preview = model.preview.value;
  const blocked = model.blocked.value;
  const summaryRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [detailsOpen, setDetailsOpen] = useState(Boolean(model.replacing.value));
  const articles = knowledge.pack.value.articles;
  const sourceArticleId = draft?.source.kind === 'article' ? draft.source.ref : undefined;
  const suggestions = useMemo(() => ruleSuggestions(articles, sourceArticleId), [articles, sourceArticleId]);
  const sourceTitle = sourceArticleId ? knowledge.articlesById.value.get(sourceArticleId)?.title : undefined;

  // A new form starts in the one field that must be filled in.
  useEffect(() => summaryRef.current?.focus(), [model.draftId.value]);

  if (!draft) return null;

  async function send(event: Event) {
    event.preventDefault();
    const sent = await model.submit();
    if (sent) return;
    const invalid = FIELD_ORDER.find((field) => model.errors.value[field]);
    if (invalid && IN_DETAILS.includes(invalid)) setDetailsOpen(true);
    // Let the details open before moving focus into them.
    // Query inside the form, not the document: in the embed the form lives in a shadow root.
    requestAnimationFrame(() => {
      const id = invalid
        ? invalid === 'effects' || invalid === 'frequency'
          ? `${fieldId(invalid)}-0`
          : fieldId(invalid)
        : 'komma-signal-form-error';
      formRef.current?.querySelector<HTMLElement>(`#${id}`)?.focus();
    });
  }

  const textbox = (field: 'summary' | 'rule', props: Record<string, unknown> = {}) => (
    <input
      id={fieldId(field)}
      ref={field === 'summary' ? summaryRef : undefined}
      class={`utrecht-textbox utrecht-textbox--html-input${errors[field] ? ' utrecht-textbox--invalid' : ''}`}
      type="text"
      value={draft[field]}
      aria-invalid={errors[field] ? true : undefined}
      onInput={(event) => model.edit(field, event.currentTarget.value)}
      {...props}
    />
  );

  const textarea = (field: 'description' | 'suggestion', hint: boolean) => (
    <textarea
      id={fieldId(field)}
      class={`utrecht-textarea utrecht-textarea--html-textarea${errors[field] ? ' utrecht-textarea--invalid' : ''}`}
      rows={3}
      value={draft[field]}
      aria-invalid={errors[field] ? true : undefined}
      aria-describedby={describedBy(field, hint, errors[field])}
      onInput={(event) => model.edit(field, event.currentTarget.value)}
    />
  );

  return (
    <form class="komma-stack" noValidate onSubmit={send} aria-labelledby="komma-signal-form-heading" ref={formRef}>
      <h2 class="utrecht-heading-2" id="komma-signal-form-heading">
        {model.replacing.value ? 'Signaal aanpassen' : 'Nieuw signaal'}
      </h2>
      {model.replacing.value && (
        <p class="utrecht-paragraph">
          U past een afgewezen signaal aan. Het wordt als nieuw signaal verstuurd; het afgewezen signaal blijft in uw
          lijst staan.
        </p>
      )}
      {draft.source.kind !== 'general' && (
        <div class="komma-row komma-signal-source">
          <p class="utrecht-paragraph">
            Aanleiding: {SOURCE_KIND_LABELS[draft.source.kind]}
            {sourceTitle ? ` "${sourceTitle}"` : draft.source.ref ? ` "${draft.source.ref}"` : ''}
          </p>
          <button type="button" class="utrecht-button utrecht-button--subtle" onClick={() => model.clearSource()}>
            Aanleiding weghalen
          </button>
        </div>
      )}

      <Field field="category" label="Waar gaat het over?" error={errors.category}>
        <select
          id={fieldId('category')}
          class={`utrecht-select utrecht-select--html-select${errors.category ? ' utrecht-select--invalid' : ''}`}
          value={draft.category}
          aria-invalid={errors.category ? true : undefined}
          aria-describedby={describedBy('category', false, errors.category)}
          onChange={(event) => model.edit('category', event.currentTarget.value as typeof draft.category)}
        >
          <option value="">Kies een categorie</option>
          {SIGNAL_CATEGORIES.map((category) => (
            <option value={category} key={category}>
              {SIGNAL_CATEGORY_LABELS[category]}
            </option>
          ))}
        </select>
      </Field>

      <Field
        field="summary"
        label="Wat gaat er mis? (verplicht)"
        hint="In één zin. Schrijf over de regel of de werkwijze, niet over een inwoner."
        error={errors.summary}
      >
        {textbox('summary', {
          maxLength: 200,
          autoComplete: 'off',
          'aria-required': true,
          'aria-describedby': describedBy('summary', true, errors.summary),
        })}
      </Field>

      <fieldset
        class={`utrecht-form-fieldset${errors.frequency ? ' utrecht-form-fieldset--invalid' : ''}`}
        aria-describedby={errors.frequency ? `${fieldId('frequency')}-error` : undefined}
      >
        <legend class="utrecht-form-fieldset__legend">Hoe vaak komt dit voor?</legend>
        {errors.frequency && (
          <p class="utrecht-form-field-error-message" id={`${fieldId('frequency')}-error`}>
            {errors.frequency}
          </p>
        )}
        <div class="komma-row">
          {SIGNAL_FREQUENCIES.map((frequency, index) => (
            <label class="komma-inline-choice" key={frequency}>
              <input
                id={`${fieldId('frequency')}-${index}`}
                class="utrecht-radio-button utrecht-radio-button--html-input"
                type="radio"
                name="komma-signal-frequency"
                value={frequency}
                checked={draft.frequency === frequency}
                onChange={() => model.edit('frequency', frequency)}
              />{' '}
              {SIGNAL_FREQUENCY_LABELS[frequency]}
            </label>
          ))}
        </div>
      </fieldset>

      <details
        class="komma-details"
        open={detailsOpen}
        onToggle={(event) => setDetailsOpen((event.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>Meer vertellen (niet verplicht)</summary>
        <div class="komma-stack">
          <Field
            field="description"
            label="Toelichting"
            hint="Wat gebeurt er, en waarom knelt het?"
            error={errors.description}
          >
            {textarea('description', true)}
          </Field>
          <Field
            field="rule"
            label="Om welke regel of welk artikel gaat het?"
            hint="Bijvoorbeeld een wetsartikel of een artikel uit de kennisbank. Kies uit de lijst of typ zelf."
            error={errors.rule}
          >
            {textbox('rule', {
              list: 'komma-signal-rule-options',
              maxLength: 200,
              autoComplete: 'off',
              'aria-describedby': describedBy('rule', true, errors.rule),
            })}
            <datalist id="komma-signal-rule-options">
              {suggestions.map(([value, label]) => (
                <option value={value} key={value}>
                  {label}
                </option>
              ))}
            </datalist>
          </Field>
          <fieldset class="utrecht-form-fieldset">
            <legend class="utrecht-form-fieldset__legend">Wat merken inwoners ervan?</legend>
            <div class="komma-choice-grid">
              {SIGNAL_EFFECTS.map((effect, index) => (
                <label class="komma-inline-choice" key={effect}>
                  <input
                    id={`${fieldId('effects')}-${index}`}
                    class="utrecht-checkbox utrecht-checkbox--html-input"
                    type="checkbox"
                    checked={draft.effects.includes(effect)}
                    onChange={(event) => model.toggleEffect(effect, event.currentTarget.checked)}
                  />{' '}
                  {SIGNAL_EFFECT_LABELS[effect]}
                </label>
              ))}
            </div>
          </fieldset>
          <Field field="suggestion" label="Heeft u een idee om het beter te maken?" error={errors.suggestion}>
            {textarea('suggestion', false)}
          </Field>
        </div>
      </details>

      {preview && (
        <SignalPreview
          preview={preview}
          findings={model.findings.value}
          blocked={blocked}
          onRedact={(finding) => model.redact(finding)}
          onRedactAll={() => model.redactAll()}
        />
      )}

      {!model.hasEndpoint.value && (
        <div class="utrecht-alert utrecht-alert--info" role="note">
          <p class="utrecht-paragraph">
            Er is nog geen ontvanger voor signalen ingesteld. Uw signaal blijft dan op deze computer bewaard.{' '}
            {services.openSettings
              ? 'Stel het adres in bij Instellingen, onder "Adres van de signalenontvanger".'
              : 'Vraag uw beheerder om een ontvanger in te stellen.'}
          </p>
        </div>
      )}
      {model.formError.value && (
        <div class="utrecht-alert utrecht-alert--error" role="alert" id="komma-signal-form-error" tabIndex={-1}>
          <p class="utrecht-paragraph">{model.formError.value}</p>
        </div>
      )}
      <div class="komma-row">
        <button
          type="submit"
          class="utrecht-button utrecht-button--primary-action"
          // aria-disabled instead of disabled: the button stays focusable and points at the reason.
          aria-disabled={blocked || model.submitting.value ? true : undefined}
          aria-describedby={blocked ? BLOCKED_REASON_ID : undefined}
        >
          {model.submitting.value ? 'Bezig met opslaan…' : 'Versturen'}
        </button>
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => model.cancel()}>
          Annuleren
        </button>
      </div>
      <p class="komma-visually-hidden" role="status">
        {model.findings.value.length > 0
          ? `Komma vond ${model.findings.value.length} mogelijke persoonsgegevens.${blocked ? ' Versturen kan pas als ze vervangen zijn.' : ''}`
          : ''}
      </p>
    </form>
  );
}
