import { useEffect } from 'preact/hooks';
import type { SignalsModel } from '../models/SignalsModel';
import { localIsoDate } from '../utils/knowledge/review-status';
import { SIGNAL_CATEGORY_LABELS, SIGNAL_STATUS_LABELS } from '../utils/schemas/signal';
import { DELIVERY_STATE_LABELS } from '../utils/signals/delivery-state-labels';
import { downloadFile } from '../utils/signals/download-file';
import { signalsToCsv, signalsToJson } from '../utils/signals/export-signals';
import type { DeliveryState, OutboxItem } from '../utils/signals/outbox-item';
import { useApp } from './AppContext';
import { ArticleLinks } from './ItemExtras';
import { OpenSettingsButton } from './OpenSettingsButton';
import { ReasonList } from './ReasonList';

const BADGE: Record<DeliveryState, string> = {
  queued: 'warning',
  waiting: 'warning',
  retrying: 'warning',
  delivered: 'success',
  rejected: 'danger',
  config: 'danger',
  'no-endpoint': 'warning',
  superseded: 'neutral',
};

const dateTime = (at: number | string) =>
  new Date(at).toLocaleString('nl-NL', { dateStyle: 'medium', timeStyle: 'short' });

function SignalEntry({ item, model, isNew }: { item: OutboxItem; model: SignalsModel; isNew: boolean }) {
  const { submission, problem, remote } = item;
  const headingId = `komma-my-signal-${item.id}`;
  return (
    <li class="komma-signal" aria-labelledby={headingId}>
      <h3 class="utrecht-heading-3 komma-signal__title" id={headingId}>
        {submission.summary}
      </h3>
      <p class="komma-result__meta">
        <span>{SIGNAL_CATEGORY_LABELS[submission.category]}</span>
        <span>gemaakt {dateTime(item.queuedAt)}</span>
      </p>
      <p class="komma-row">
        <span class={`utrecht-status-badge utrecht-status-badge--${BADGE[item.state]}`} data-state={item.state}>
          {DELIVERY_STATE_LABELS[item.state]}
        </span>
        {item.deliveredAt && item.state === 'delivered' && <span>op {dateTime(item.deliveredAt)}</span>}
      </p>
      {problem && item.state !== 'delivered' && item.state !== 'superseded' && (
        <p class="utrecht-paragraph">
          {problem.message}
          {(item.state === 'waiting' || item.state === 'retrying') &&
            ` Volgende poging rond ${dateTime(item.nextAttemptAt)}.`}
        </p>
      )}
      {problem?.reasons && item.state === 'rejected' && <ReasonList reasons={problem.reasons} />}
      {remote && (
        <div class="komma-signal__answer">
          <p class="utrecht-paragraph">
            Bij het signaleringsteam: <strong>{SIGNAL_STATUS_LABELS[remote.status]}</strong>
            {isNew && <span class="utrecht-status-badge utrecht-status-badge--success komma-new"> Nieuw</span>}
          </p>
          {remote.answer && (
            <blockquote class="komma-quote">
              <p class="utrecht-paragraph">{remote.answer}</p>
            </blockquote>
          )}
          {remote.articleId && <ArticleLinks ids={[remote.articleId]} />}
        </div>
      )}
      {item.state === 'rejected' && (
        <button
          type="button"
          class="utrecht-button utrecht-button--secondary-action"
          onClick={() => model.openCorrection(item)}
        >
          Aanpassen en opnieuw versturen
        </button>
      )}
    </li>
  );
}

/** "Mijn signalen": every signal this installation made, what became of it, and the answer. */
export function MySignals({ model }: { model: SignalsModel }) {
  const { services } = useApp();
  const items = model.items.value;
  const unseen = model.unseen.value;

  // Looking at the list is seeing the answers: clear the badge.
  useEffect(() => {
    if (unseen > 0) void model.markSeen();
  }, [unseen]);

  const stamp = localIsoDate(services.now());

  return (
    <section class="komma-stack" aria-labelledby="komma-my-signals-heading">
      <h2 class="utrecht-heading-2" id="komma-my-signals-heading">
        Mijn signalen
      </h2>
      {!model.hasEndpoint.value && (
        <div class="utrecht-alert utrecht-alert--warning" role="status">
          <div class="komma-stack">
            <p class="utrecht-paragraph">
              <strong>Geen ontvanger ingesteld.</strong> Uw signalen blijven op deze computer bewaard tot er een
              ontvanger is.{' '}
              {services.openSettings
                ? 'Vul bij Instellingen het "Adres van de signalenontvanger" in dat u van uw signaleringsteam krijgt.'
                : 'Vraag uw beheerder om een ontvanger in te stellen.'}
            </p>
            <OpenSettingsButton />
          </div>
        </div>
      )}
      {model.listError.value && (
        <div class="utrecht-alert utrecht-alert--error" role="alert">
          <p class="utrecht-paragraph">Komma kon uw signalen niet laden: {model.listError.value}</p>
        </div>
      )}
      {model.retryable.value.length > 0 && (
        <div class="komma-row">
          <p class="utrecht-paragraph">
            {model.retryable.value.length === 1
              ? '1 signaal is nog niet verstuurd.'
              : `${model.retryable.value.length} signalen zijn nog niet verstuurd.`}
          </p>
          <button
            type="button"
            class="utrecht-button utrecht-button--secondary-action"
            aria-disabled={model.retrying.value ? true : undefined}
            onClick={() => {
              if (!model.retrying.value) void model.retryNow();
            }}
          >
            {model.retrying.value ? 'Bezig…' : 'Nu opnieuw proberen'}
          </button>
        </div>
      )}
      {!model.loaded.value ? (
        <p class="utrecht-paragraph">Signalen worden geladen…</p>
      ) : items.length === 0 ? (
        <p class="utrecht-paragraph">U heeft nog geen signalen gemaakt.</p>
      ) : (
        <ul class="komma-signals" aria-label="Mijn signalen">
          {items.map((item) => (
            <SignalEntry
              key={item.id}
              item={item}
              model={model}
              isNew={Boolean(item.unseenUpdate) || model.freshAnswers.value.has(item.id)}
            />
          ))}
        </ul>
      )}
      {items.length > 0 && (
        <div class="komma-row">
          <button
            type="button"
            class="utrecht-button utrecht-button--subtle"
            onClick={() => downloadFile(`komma-signalen-${stamp}.json`, signalsToJson(items), 'application/json')}
          >
            Download als JSON
          </button>
          <button
            type="button"
            class="utrecht-button utrecht-button--subtle"
            onClick={() => downloadFile(`komma-signalen-${stamp}.csv`, signalsToCsv(items), 'text/csv;charset=utf-8')}
          >
            Download als CSV
          </button>
        </div>
      )}
    </section>
  );
}
