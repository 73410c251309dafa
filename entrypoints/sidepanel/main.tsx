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
import { createPackSearch } from '../../utils/search/create-pack-search';
import bundledPack from 'virtual:komma-bundled-pack';
import { App } from './App';

performance.mark('komma:start');
const services = createExtensionServices();
const panel = new PanelModel(services);
const knowledge = new KnowledgeModel(services, bundledPack, createPackSearch);
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
