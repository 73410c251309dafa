import { useEffect } from 'preact/hooks';
import type { OptionsModel } from '../models/OptionsModel';
import { USER_ROLES, ROLE_LABELS } from '../utils/schemas/roles';
import { SETTING_LABELS, type SettingKey } from '../utils/schemas/settings';
import { SettingsWarnings } from './SettingsWarnings';

const DESCRIPTIONS: Partial<Record<SettingKey, string>> = {
  municipality: 'Wordt meegestuurd met signalen, zodat het team weet waar een knelpunt speelt.',
  defaultRole: 'Komma stelt deze rol voor bij het eerste gebruik.',
  knowledgePackUrl:
    'Laat leeg om het ingebouwde kennispakket te gebruiken. Een eigen pakket maakt u met "npm run kb -- build". Gebruik https.',
  reviewIntervalMonths: 'Artikelen die langer geleden gecontroleerd zijn, krijgen het label "Controle nodig".',
  signalEndpoint:
    'Het adres dat uw signaleringsteam u geeft, bijvoorbeeld https://signalen.gemeente.nl. Laat leeg om signalen alleen op deze computer te bewaren.',
  signalToken: 'Komma stuurt de code alleen mee naar de signalenontvanger en laat hem nooit meer zien.',
};

/** The options page. Values set by the administrator's policy are shown but cannot be changed. */
export function OptionsForm({ model }: { model: OptionsModel }) {
  useEffect(() => void model.load(), []);
  const draft = model.draft.value;
  const resolved = model.resolved.value;
  if (!draft || !resolved) return <p class="utrecht-paragraph">Instellingen worden geladen…</p>;

  const field = (
    key: SettingKey,
    control: (id: string, describedBy: string, locked: boolean) => preact.JSX.Element,
  ) => {
    const id = `komma-option-${key}`;
    const locked = model.locked.value(key);
    const error = model.errors.value[key];
    const describedBy = [`${id}-description`, locked ? `${id}-locked` : '', error ? `${id}-error` : '']
      .filter(Boolean)
      .join(' ');
    return (
      <div class={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
        <label class="utrecht-form-label" for={id}>
          {SETTING_LABELS[key]}
        </label>
        {DESCRIPTIONS[key] && (
          <p class="utrecht-form-field-description" id={`${id}-description`}>
            {DESCRIPTIONS[key]}
          </p>
        )}
        {locked && (
          <p class="komma-settings-locked" id={`${id}-locked`}>
            🔒 Vastgezet door uw beheerder.
          </p>
        )}
        {error && (
          <p class="utrecht-form-field-error-message" id={`${id}-error`}>
            {error}
          </p>
        )}
        {control(id, describedBy, locked)}
      </div>
    );
  };

  const textInput = (key: SettingKey) =>
    field(key, (id, describedBy, locked) => (
      <input
        id={id}
        class={`utrecht-textbox utrecht-textbox--html-input${model.errors.value[key] ? ' utrecht-textbox--invalid' : ''}`}
        type="text"
        inputMode={
          key === 'reviewIntervalMonths'
            ? 'numeric'
            : key === 'knowledgePackUrl' || key === 'signalEndpoint'
              ? 'url'
              : undefined
        }
        value={draft[key]}
        disabled={locked}
        aria-invalid={model.errors.value[key] ? true : undefined}
        aria-describedby={describedBy}
        onInput={(event) => model.edit(key, event.currentTarget.value)}
      />
    ));

  const pack = model.pack.value;

  return (
    <div class="komma-stack">
      <h1 class="utrecht-heading-1">Instellingen van Komma</h1>
      <SettingsWarnings warnings={resolved.warnings} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          // Ask for host access now, inside the click: after an await the browser refuses.
          void model.save(model.requestAccessForChanges());
        }}
      >
        {textInput('municipality')}
        {field('defaultRole', (id, describedBy, locked) => (
          <select
            id={id}
            class="utrecht-select utrecht-select--html-select"
            value={draft.defaultRole}
            disabled={locked}
            aria-describedby={describedBy}
            onChange={(event) => model.edit('defaultRole', event.currentTarget.value)}
          >
            <option value="">Geen voorkeur</option>
            {USER_ROLES.map((role) => (
              <option value={role} key={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        ))}
        {textInput('knowledgePackUrl')}
        {textInput('reviewIntervalMonths')}
        {textInput('signalEndpoint')}
        {field('signalToken', (id, describedBy, locked) => (
          <>
            <p class="utrecht-form-field-description" id={`${id}-saved`}>
              {model.tokenSaved.value
                ? locked
                  ? 'Uw beheerder heeft een toegangscode ingesteld.'
                  : 'Er is een toegangscode opgeslagen. Laat dit veld leeg om die te houden.'
                : 'Er is nog geen toegangscode opgeslagen. U krijgt die van uw signaleringsteam.'}
            </p>
            <input
              id={id}
              class={`utrecht-textbox utrecht-textbox--html-input${model.errors.value.signalToken ? ' utrecht-textbox--invalid' : ''}`}
              // A password field: the token is a secret and is never shown again after saving.
              type="password"
              autoComplete="off"
              spellcheck={false}
              value={draft.signalToken}
              disabled={locked}
              aria-invalid={model.errors.value.signalToken ? true : undefined}
              aria-describedby={`${describedBy} ${id}-saved`}
              onInput={(event) => model.edit('signalToken', event.currentTarget.value)}
            />
            {model.tokenSaved.value && !locked && (
              <button type="button" class="utrecht-button utrecht-button--subtle" onClick={() => model.forgetToken()}>
                Toegangscode wissen
              </button>
            )}
          </>
        ))}
        <div class="komma-row">
          <button type="submit" class="utrecht-button utrecht-button--primary-action" disabled={model.busy.value}>
            Opslaan
          </button>
        </div>
      </form>
      {model.status.value && (
        <div
          class={`utrecht-alert utrecht-alert--${model.status.value.kind === 'ok' ? 'ok' : model.status.value.kind === 'error' ? 'error' : 'info'}`}
          role={model.status.value.kind === 'error' ? 'alert' : 'status'}
        >
          <p class="utrecht-paragraph">{model.status.value.text}</p>
        </div>
      )}
      <section class="komma-stack" aria-labelledby="komma-pack-heading">
        <h2 class="utrecht-heading-2" id="komma-pack-heading">
          Kennispakket
        </h2>
        {!resolved.values.knowledgePackUrl ? (
          <p class="utrecht-paragraph">Komma gebruikt het ingebouwde kennispakket.</p>
        ) : (
          <>
            <p class="utrecht-paragraph">
              {pack?.pack
                ? `In gebruik: ${pack.pack.name} (versie ${pack.pack.version}, ${pack.pack.articles.length} artikelen), opgehaald op ${new Date(pack.fetchedAt ?? '').toLocaleString('nl-NL')}.`
                : 'Er is nog geen pakket van dit adres opgehaald; Komma gebruikt het ingebouwde kennispakket.'}
            </p>
            {pack?.error && (
              <div class="utrecht-alert utrecht-alert--warning" role="status">
                <p class="utrecht-paragraph">{pack.error}</p>
              </div>
            )}
            <button
              type="button"
              class="utrecht-button utrecht-button--secondary-action"
              disabled={model.busy.value}
              onClick={() => void model.refreshPack()}
            >
              Nu ophalen
            </button>
          </>
        )}
      </section>
    </div>
  );
}
