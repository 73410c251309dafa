import type { ConversationModel } from '../models/ConversationModel';
import { CONTACT_ROUTES, type ContactRoute } from '../utils/schemas/checklist';
import { AnswerChoice } from './AnswerChoice';
import { CopyableText } from './CopyableText';

const ROUTE_LABELS: Record<ContactRoute, string> = { telefoon: 'Telefoon', 'e-mail': 'E-mail' };
const ROUTE_OPTIONS = CONTACT_ROUTES.map((value) => ({ value, label: ROUTE_LABELS[value] }));
const ROUTE_HINTS: Record<ContactRoute, string> = {
  telefoon: '[naam consulent] en [telefoonnummer]',
  'e-mail': '[naam consulent] en [e-mailadres]',
};

/**
 * The plain-language text for the letter or message: one "Wat moet u doen?" list with real dates, what
 * the gemeente does and one contact route, copied in one click.
 */
export function FollowUpSummary({
  conversation,
  onGoToAgreements,
}: {
  conversation: ConversationModel;
  onGoToAgreements?: () => void;
}) {
  const agreements = conversation.state.value.agreements;
  return (
    <section class="komma-tool komma-stack" aria-labelledby="komma-summary-heading">
      <h3 class="utrecht-heading-3" id="komma-summary-heading">
        Tekst voor de brief of het bericht
      </h3>
      {agreements.length === 0 && (
        <div class="utrecht-alert utrecht-alert--info">
          <div class="komma-stack">
            <p class="utrecht-paragraph">
              Er zijn nog geen afspraken genoteerd. Dan staat er in de tekst dat de inwoner nu niets hoeft te doen.
            </p>
            {onGoToAgreements && (
              <button
                type="button"
                class="utrecht-link-button utrecht-link-button--html-button komma-link-button"
                onClick={onGoToAgreements}
              >
                Afspraken noteren
              </button>
            )}
          </div>
        </div>
      )}
      <AnswerChoice
        id="komma-contact-route"
        variant="field"
        legend="Hoe kan de inwoner contact opnemen?"
        description={`Komma schrijft ${ROUTE_HINTS[conversation.contactRoute.value]} in de tekst. Vul die in de brief zelf in: zo bewaart Komma geen namen of nummers.`}
        options={ROUTE_OPTIONS}
        value={conversation.contactRoute.value}
        onChange={(route) => conversation.setContactRoute(route)}
      />
      <CopyableText
        id="komma-summary-text"
        copyLabel="Kopieer tekst"
        previewLabel="Voorbeeld van de tekst"
        text={conversation.summary.value}
        status={conversation.copyStatus.value}
        onCopy={() => void conversation.copySummary()}
      />
    </section>
  );
}
