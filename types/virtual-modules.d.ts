declare module 'virtual:komma-bundled-pack' {
  import type { KnowledgePack } from '../utils/schemas/pack';
  /** The knowledge pack built from knowledge/ at build time (see scripts/vite-plugin-bundled-pack.ts). */
  const pack: KnowledgePack;
  export default pack;
  /** The search index over `pack`, serialised at build time; createPackSearchCache checks it before use. */
  export const searchIndex: () => unknown;
}
