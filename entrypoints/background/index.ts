import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { db } from '../../utils/db/db';
import { createMessageListener } from '../../utils/messages/listen';
import { refreshRemotePack } from '../../utils/knowledge/remote-pack';
import { loadSettings, onSettingsChanged } from '../../utils/settings/settings-storage';
import { createHandlers } from './handlers';

const PACK_ALARM = 'komma-refresh-pack';

export default defineBackground(() => {
  // Chrome/Edge: the toolbar icon (and its keyboard shortcut) opens the side panel.
  // Firefox has no sidePanel API; its sidebar_action opens from the toolbar and shortcut itself.
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});

  browser.runtime.onMessage.addListener(
    createMessageListener(createHandlers(db), { id: browser.runtime.id, origin: browser.runtime.getURL('/') }),
  );

  const refreshPack = async () => {
    const { values } = await loadSettings();
    if (values.knowledgePackUrl) await refreshRemotePack(db, values.knowledgePackUrl);
  };

  // Alarms do not survive every restart on all versions, so (re)create them at each worker start.
  void browser.alarms.create(PACK_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PACK_ALARM) void refreshPack();
  });
  browser.runtime.onStartup.addListener(() => void refreshPack());
  browser.runtime.onInstalled.addListener(() => void refreshPack());
  onSettingsChanged(() => void refreshPack());
});
