import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { bundledPackPlugin } from './scripts/vite-plugin-bundled-pack';

// Hosts Komma may be granted at runtime. Nothing here is granted at install: the options page
// asks for exactly the origin an admin or user configures (signal endpoint, knowledge pack).
const OPTIONAL_HOSTS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  // Every dependency is a visible import, so lint can enforce module boundaries.
  imports: false,
  // entrypoints/embed is the <komma-assistant> script for host pages, built by vite.embed.config.ts;
  // it is not part of the extension.
  filterEntrypoints: ['background', 'sidepanel', 'options'],
  manifest: ({ browser }) => ({
    name: 'Komma',
    description: 'Menselijke maat in de Participatiewet: gesprekshulp, gevolgencheck, kennisbank en signalen.',
    permissions: ['storage', 'alarms'],
    optional_host_permissions: OPTIONAL_HOSTS,
    action: { default_title: 'Komma openen' },
    storage: { managed_schema: 'managed_schema.json' },
    commands:
      browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+K' }, description: 'Komma openen of sluiten' } }
        : { _execute_action: { suggested_key: { default: 'Alt+Shift+K' }, description: 'Komma openen' } },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'komma@komma.example',
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  vite: () => ({ plugins: [preact(), bundledPackPlugin()] }),
});
