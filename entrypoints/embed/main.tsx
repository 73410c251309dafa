// Composition root of the embeddable assistant: defines <komma-assistant> in the host page.
// Built by vite.embed.config.ts into one self-contained script (.output/embed/komma-assistant.js).
import kommaStyles from '../../components/styles/index.css?inline';
import { version } from '../../package.json';
import { createPackSearch } from '../../utils/search/create-pack-search';
import bundledPack from 'virtual:komma-bundled-pack';
import embedStyles from './embed.css?inline';
import { createKommaAssistantElement, TAG_NAME } from './KommaAssistantElement';

// A host page may include the script twice (two widgets, a CMS block); the second is harmless.
if (!customElements.get(TAG_NAME)) {
  customElements.define(
    TAG_NAME,
    createKommaAssistantElement({
      css: `${kommaStyles}\n${embedStyles}`,
      bundledPack,
      createSearch: createPackSearch,
      appVersion: version,
    }),
  );
}
