// zod 4 probes `new Function` at load time to pick its fast path. Extension pages forbid eval
// (MV3 CSP), so the probe raises CSP violation events. Jitless mode skips the probe entirely.
// Every module that builds schemas imports `z` from here, never from 'zod' directly.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
