import { KIND_LABELS, PLACEHOLDERS } from '../utils/privacy';
import { ROLE_LABELS } from '../utils/schemas/roles';
import {
  SIGNAL_CATEGORY_LABELS,
  SIGNAL_EFFECT_LABELS,
  SIGNAL_FREQUENCY_LABELS,
  type SignalSource,
} from '../utils/schemas/signal';
import type { UncheckedSubmission } from '../utils/signals/build-submission';
import { SCANNED_FIELD_LABELS, isBlocking, type FieldFinding, type ScannedField } from '../utils/signals/scan-signal';
import { HighlightedText } from './HighlightedText';

export const SOURCE_KIND_LABELS: Record<SignalSource['kind'], string> = {
  article: 'Kennisbankartikel',
  checklist: 'Checklist',
  search: 'Zoekopdracht',
  general: 'Algemeen signaal',
};

/** Id of the text that says why sending is blocked; the submit button points at it. */
export const BLOCKED_REASON_ID = 'komma-signal-blocked';

interface Props {
  preview: UncheckedSubmission;
  findings: FieldFinding[];
  blocked: string | undefined;
  onRedact: (finding: FieldFinding) => void;
  onRedactAll: () => void;
}

/**
 * "Dit wordt verstuurd": every field of the body exactly as it will be posted, personal data
 * marked, with one-click replacement. The host page's address is not part of it, and says so.
 */
export function SignalPreview({ preview, findings, blocked, onRedact, onRedactAll }: Props) {
  const inField = (field: ScannedField) => findings.filter((finding) => finding.field === field);
  const text = (field: ScannedField, value: string | undefined) =>
    value ? <HighlightedText text={value} findings={inField(field)} /> : <em>(leeg)</em>;
  const source = preview.context.source;

  return (
    <section class="komma-stack komma-preview" aria-labelledby="komma-preview-heading">
      <h2 class="utrecht-heading-3" id="komma-preview-heading">
        Dit wordt verstuurd
      </h2>
      <p class="utrecht-paragraph utrecht-paragraph--small">
        Komma stuurt precies wat hieronder staat. Het adres van de pagina waarop u werkt, gaat niet mee.
      </p>
      {findings.length > 0 && (
        <div
          class={`utrecht-alert utrecht-alert--${blocked ? 'error' : 'warning'}`}
          role="region"
          aria-labelledby="komma-findings-heading"
        >
          <div class="komma-stack">
            <p class="utrecht-paragraph" id="komma-findings-heading">
              <strong>
                {blocked ? 'Dit signaal kan zo niet worden verstuurd.' : 'Staan hier persoonsgegevens in?'}
              </strong>
            </p>
            {blocked ? (
              <p class="utrecht-paragraph" id={BLOCKED_REASON_ID}>
                {blocked}
              </p>
            ) : (
              <p class="utrecht-paragraph">
                Komma vond iets dat op persoonsgegevens lijkt. Een signaal gaat over regels en werkwijzen, niet over een
                inwoner. Vervang ze, tenzij ze echt nodig zijn.
              </p>
            )}
            <ul class="utrecht-unordered-list komma-findings">
              {findings.map((finding) => (
                <li class="utrecht-unordered-list__item" key={`${finding.field}-${finding.start}`}>
                  <span>
                    {isBlocking(finding) ? 'Niet toegestaan: ' : 'Mogelijk '}
                    {KIND_LABELS[finding.kind]} in "{SCANNED_FIELD_LABELS[finding.field]}": <q>{finding.text}</q>
                  </span>{' '}
                  <button
                    type="button"
                    class="utrecht-button utrecht-button--secondary-action komma-button--small"
                    aria-label={`Vervang door ${PLACEHOLDERS[finding.kind]}: ${finding.text}`}
                    onClick={() => onRedact(finding)}
                  >
                    Vervang door {PLACEHOLDERS[finding.kind]}
                  </button>
                </li>
              ))}
            </ul>
            {findings.length > 1 && (
              <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={onRedactAll}>
                Alles vervangen
              </button>
            )}
          </div>
        </div>
      )}
      <dl class="komma-meta-list komma-preview__fields">
        <dt>Categorie</dt>
        <dd>{preview.category ? SIGNAL_CATEGORY_LABELS[preview.category] : <em>(nog niet gekozen)</em>}</dd>
        <dt>Wat gaat er mis</dt>
        <dd>{text('summary', preview.summary)}</dd>
        <dt>Toelichting</dt>
        <dd>{text('description', preview.description)}</dd>
        <dt>Regel of artikel</dt>
        <dd>{text('rule', preview.rule)}</dd>
        <dt>Gevolgen voor inwoners</dt>
        <dd>
          {preview.effects.length > 0 ? (
            preview.effects.map((effect) => SIGNAL_EFFECT_LABELS[effect]).join(', ')
          ) : (
            <em>(geen gekozen)</em>
          )}
        </dd>
        <dt>Hoe vaak</dt>
        <dd>{preview.frequency ? SIGNAL_FREQUENCY_LABELS[preview.frequency] : <em>(nog niet gekozen)</em>}</dd>
        <dt>Suggestie</dt>
        <dd>{text('suggestion', preview.suggestion)}</dd>
        <dt>Aanleiding</dt>
        <dd>
          {SOURCE_KIND_LABELS[source.kind]}
          {source.ref ? (
            <>
              : <HighlightedText text={source.ref} findings={inField('sourceRef')} />
            </>
          ) : null}
        </dd>
        <dt>Rol</dt>
        <dd>{ROLE_LABELS[preview.context.role]}</dd>
        <dt>Gemeente</dt>
        <dd>{preview.context.municipality || <em>(niet ingesteld)</em>}</dd>
        <dt>Versie van Komma</dt>
        <dd>{preview.context.appVersion}</dd>
        <dt>Installatiecode</dt>
        <dd>
          <code>{preview.submitterKey}</code>
          <span class="komma-preview__hint"> (een willekeurige code van deze installatie, geen naam)</span>
        </dd>
        <dt>Kenmerk</dt>
        <dd>
          <code>{preview.id}</code>
        </dd>
        <dt>Datum</dt>
        <dd>het moment van versturen</dd>
      </dl>
    </section>
  );
}
