import { signal } from '@preact/signals';
import { render } from 'preact';
import type { AppModels } from '../../components/AppContext';
import { createChecklistModels } from '../../models/checklist-models';
import { KnowledgeModel, type SearchEngineFactory } from '../../models/KnowledgeModel';
import { PanelModel } from '../../models/PanelModel';
import { SignalsModel } from '../../models/SignalsModel';
import { TriageModel } from '../../models/TriageModel';
import type { KnowledgePack } from '../../utils/schemas/pack';
import { EmbedShell, type Placement } from './EmbedShell';
import { dispatchKommaEvent } from './events';
import { HOST_ATTRIBUTES, readHostSettings, type HostAttribute } from './host-settings';
import { createPageServices, type PageServices, type PageServicesOptions } from './page-services';

export const TAG_NAME = 'komma-assistant';

/** Property → attribute for the configuring attributes (see host-settings.ts). */
const HOST_PROPERTIES = {
  userRole: 'user-role',
  municipality: 'municipality',
  knowledgePackUrl: 'knowledge-pack-url',
  signalEndpoint: 'signal-endpoint',
} as const satisfies Record<string, HostAttribute>;

export interface EmbedDependencies {
  /** The Komma UI styles and the embed frame, as CSS text (adopted, never inlined). */
  css: string;
  bundledPack: KnowledgePack;
  createSearch: SearchEngineFactory;
  appVersion: string;
  /** Builds the page services; tests pass options such as a fake fetch through here. */
  createServices?: (options: PageServicesOptions) => PageServices;
}

interface EmbedApp {
  models: AppModels;
  page: PageServices;
}

/**
 * Builds the <komma-assistant> class. Hand-written rather than with preact-custom-element because
 * that library reflects every primitive property to an attribute (the signal token must never
 * appear in the DOM), re-creates the component tree on each connect (Komma's models and outbox
 * must live as long as the element), and re-renders per attribute (here attributes are settings,
 * read through the same services the extension uses, and coalesced into one reload).
 */
export function createKommaAssistantElement(deps: EmbedDependencies) {
  let sheet: CSSStyleSheet | undefined;
  /** One parsed stylesheet shared by every instance; adopted, so no <style> and no 'unsafe-inline'. */
  function styles(): CSSStyleSheet {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(deps.css);
    }
    return sheet;
  }

  class KommaAssistantElement extends HTMLElement {
    static observedAttributes = [...Object.keys(HOST_ATTRIBUTES), 'open', 'placement'];

    readonly #root: ShadowRoot;
    readonly #open = signal(false);
    readonly #placement = signal<Placement>('dock');
    #token = '';
    #app: EmbedApp | undefined;
    #reloadQueued = false;
    #packUrlChanged = false;

    constructor() {
      super();
      this.#root = this.attachShadow({ mode: 'open' });
      this.#root.adoptedStyleSheets = [styles()];
    }

    get open(): boolean {
      return this.hasAttribute('open');
    }
    set open(value: boolean) {
      this.toggleAttribute('open', Boolean(value));
    }

    get placement(): Placement {
      return this.#placement.value;
    }
    set placement(value: Placement) {
      this.setAttribute('placement', value);
    }

    // String properties that mirror the configuring attributes; defined below from HOST_PROPERTIES.
    declare userRole: string | null;
    declare municipality: string | null;
    declare knowledgePackUrl: string | null;
    declare signalEndpoint: string | null;

    /** Write-mostly: kept in this object only, never in an attribute, so it is not in the DOM. */
    get signalToken(): string {
      return this.#token;
    }
    set signalToken(value: string) {
      this.#token = value === null || value === undefined ? '' : String(value);
      this.#queueReload();
    }

    connectedCallback() {
      // A host may set properties before this script has defined the element; those landed on the
      // plain object and would hide our accessors.
      for (const name of ['signalToken', 'open', 'placement', ...Object.keys(HOST_PROPERTIES)]) {
        this.#upgradeProperty(name);
      }
      this.#app ??= this.#createApp();
      this.#app.page.start();
      render(
        <EmbedShell
          models={this.#app.models}
          open={this.#open}
          placement={this.#placement}
          onOpenChange={(open) => {
            this.open = open;
          }}
        />,
        this.#root,
      );
    }

    disconnectedCallback() {
      render(null, this.#root);
      this.#app?.page.stop();
    }

    attributeChangedCallback(name: string, oldValue: string | null, value: string | null) {
      if (oldValue === value) return;
      if (name === 'open') {
        this.#open.value = value !== null;
      } else if (name === 'placement') {
        this.#placement.value = value === 'inline' ? 'inline' : 'dock';
      } else {
        if (name === 'knowledge-pack-url') this.#packUrlChanged = true;
        this.#queueReload();
      }
    }

    #createApp(): EmbedApp {
      const page = (deps.createServices ?? createPageServices)({
        appVersion: deps.appVersion,
        hostSettings: () => ({ ...readHostSettings(this), ...(this.#token ? { signalToken: this.#token } : {}) }),
        emit: (type, detail) => dispatchKommaEvent(this, type, detail),
      });
      const { services } = page;
      const panel = new PanelModel(services);
      const knowledge = new KnowledgeModel(services, deps.bundledPack, deps.createSearch);
      const signals = new SignalsModel(services, panel);
      const triage = new TriageModel(services, panel, knowledge);
      void knowledge.loadRemote();
      const { conversation, consequenceCheck } = createChecklistModels(services, knowledge.checklists);
      return { models: { services, panel, knowledge, signals, triage, conversation, consequenceCheck }, page };
    }

    /** Several attributes set in a row (a framework rendering the element) cause one reload. */
    #queueReload() {
      if (this.#reloadQueued || !this.#app) return;
      this.#reloadQueued = true;
      queueMicrotask(() => {
        this.#reloadQueued = false;
        const app = this.#app;
        if (!app) return;
        app.page.settingsChanged();
        if (this.#packUrlChanged) {
          this.#packUrlChanged = false;
          void app.models.knowledge.refresh();
        }
      });
    }

    #upgradeProperty(name: string) {
      if (!Object.hasOwn(this, name)) return;
      const value = (this as unknown as Record<string, unknown>)[name];
      delete (this as unknown as Record<string, unknown>)[name];
      (this as unknown as Record<string, unknown>)[name] = value;
    }
  }

  for (const [property, attribute] of Object.entries(HOST_PROPERTIES)) {
    Object.defineProperty(KommaAssistantElement.prototype, property, {
      configurable: true,
      get(this: HTMLElement) {
        return this.getAttribute(attribute);
      },
      set(this: HTMLElement, value: unknown) {
        if (value === null || value === undefined) this.removeAttribute(attribute);
        else this.setAttribute(attribute, String(value));
      },
    });
  }

  return KommaAssistantElement;
}

export type KommaAssistantElement = InstanceType<ReturnType<typeof createKommaAssistantElement>>;
