declare module 'virtual:komma-bundled-pack' {
  import type { KnowledgePack } from '../utils/schemas/pack';
  /** The knowledge pack built from knowledge/ at build time (see scripts/vite-plugin-bundled-pack.ts). */
  const pack: KnowledgePack;
  export default pack;
}
