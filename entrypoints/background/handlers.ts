import type { Handlers } from '../../utils/messages/listen';
import type { KommaDB } from '../../utils/db/komma-db';
import { readRemotePackState, refreshRemotePack } from '../../utils/knowledge/remote-pack';
import { loadSettings } from '../../utils/settings/settings-storage';

/** The background's half of the message protocol: each handler delegates to utils/. */
export function createHandlers(db: KommaDB): Handlers {
  return {
    'knowledge.getRemote': async () => {
      const { values } = await loadSettings();
      return readRemotePackState(db, values.knowledgePackUrl);
    },
    'knowledge.refresh': async () => {
      const { values } = await loadSettings();
      return refreshRemotePack(db, values.knowledgePackUrl);
    },
  };
}
