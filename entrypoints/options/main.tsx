// Composition root of the options page.
import '../../components/styles/index.css';
import './style.css';
import { render } from 'preact';
import { OptionsModel } from '../../models/OptionsModel';
import { createExtensionServices } from '../../utils/platform/extension-services';
import { App } from './App';

const model = new OptionsModel(createExtensionServices());
render(<App model={model} />, document.getElementById('app')!);
