// Composition root of the side panel: builds the services and models, then renders.
import '../../components/styles/index.css';
import './style.css';
import { render } from 'preact';
import { createChecklistModels } from '../../models/checklist-models';
import { KnowledgeModel } from '../../models/KnowledgeModel';
import { PanelModel } from '../../models/PanelModel';
import { SignalsModel } from '../../models/SignalsModel';
import { TriageModel } from '../../models/TriageModel';
import { createExtensionServices } from '../../utils/platform/extension-services';
import { createPackSearchCache } from '../../utils/search/pack-search-cache';
import bundledPack, { searchIndex as bundledSearchIndex } from 'virtual:komma-bundled-pack';
import { App } from './App';

performance.mark('komma:start');
const services = createExtensionServices();
const panel = new PanelModel(services);
// The bundled pack's search index was built at build time; a remote pack's is kept by the
// background after the first panel built it.
const packSearch = createPackSearchCache(services.knowledge.searchIndex, {
  bundled: { pack: bundledPack, index: bundledSearchIndex },
});
const knowledge = new KnowledgeModel(services, bundledPack, packSearch.create, packSearch.preload);
const signals = new SignalsModel(services, panel);
const triage = new TriageModel(services, panel, knowledge);
void knowledge.loadRemote();
// Settings and role are read while the panel's first frame is parsed and painted, not after it.
void panel.init();
const { conversation, consequenceCheck } = createChecklistModels(services, knowledge.checklists);

render(
  <App models={{ services, panel, knowledge, signals, triage, conversation, consequenceCheck }} />,
  document.getElementById('app')!,
);
