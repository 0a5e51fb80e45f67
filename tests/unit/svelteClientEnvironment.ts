/**
 * A Vitest environment for tests of runes classes (`*.svelte.test.ts`): Node,
 * but with Vite's client transform, so Svelte compiles them for the browser
 * runtime, where `$effect` runs (the default node environment compiles for the
 * server, where effects never run). vite.config.ts names it for those files.
 */
import { builtinEnvironments, type Environment } from 'vitest/environments';

export default {
  ...builtinEnvironments.node,
  name: 'svelte-client',
  viteEnvironment: 'client',
} satisfies Environment;
