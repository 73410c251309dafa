import type { Handlers } from '../../utils/messages/listen';
import type { KommaDB } from '../../utils/db/komma-db';
import { readRemotePackState, refreshRemotePack } from '../../utils/knowledge/remote-pack';
import { keepRemoteSearchIndex, readRemoteSearchIndex } from '../../utils/knowledge/remote-search-index';
import type { Outbox } from '../../utils/outbox/create-outbox';
import { loadSettings } from '../../utils/settings/settings-storage';
import type { TriageClient } from '../../utils/triage/create-triage-client';

/** The background's half of the message protocol: each handler delegates to utils/. */
export function createHandlers(db: KommaDB, outbox: Outbox, triage: TriageClient): Handlers {
  return {
    'knowledge.getRemote': async () => {
      const { values } = await loadSettings();
      return readRemotePackState(db, values.knowledgePackUrl);
    },
    'knowledge.refresh': async () => {
      const { values } = await loadSettings();
      return refreshRemotePack(db, values.knowledgePackUrl);
    },
    'knowledge.getSearchIndex': async ({ key }) => {
      const { values } = await loadSettings();
      return { text: await readRemoteSearchIndex(db, values.knowledgePackUrl, key) };
    },
    'knowledge.keepSearchIndex': async ({ key, text }) => {
      const { values } = await loadSettings();
      return { kept: await keepRemoteSearchIndex(db, values.knowledgePackUrl, key, text) };
    },
    'signals.identity': async () => ({ submitterKey: await outbox.identity() }),
    'signals.submit': async ({ submission, replaces }) => {
      const item = await outbox.submit(submission, replaces);
      // Reply as soon as the signal is stored; delivery goes on after the answer.
      void outbox.flush('due');
      return item;
    },
    'signals.list': () => outbox.list(),
    'signals.flush': async ({ mode }) => {
      const report = await outbox.flush(mode);
      await outbox.pollStatuses().catch(() => 0);
      return report;
    },
    'signals.refreshStatuses': async () => ({ updated: await outbox.pollStatuses() }),
    'signals.markSeen': async ({ ids }) => {
      await outbox.markSeen(ids);
      return { unseen: await outbox.unseenCount() };
    },
    'triage.groups': (query) => triage.groups(query),
    'triage.signals': (query) => triage.signals(query),
    'triage.setStatus': ({ target, update }) => triage.setStatus(target, update),
    'triage.merge': (request) => triage.merge(request),
    'triage.removeFromGroup': ({ group, signalId }) => triage.removeFromGroup(group, signalId),
    // The payload arrives parsed (ids split); the client takes the query as it is sent.
    'triage.export': ({ ids, ...query }) =>
      triage.export({ ...query, ...(ids === undefined ? {} : { ids: ids.join(',') }) }),
  };
}
