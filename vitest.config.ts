import { availableParallelism } from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // FlexSearch's light build, as next.config.mjs gives the browser: the tests run what ships.
      flexsearch: path.resolve(import.meta.dirname, 'node_modules/flexsearch/dist/flexsearch.light.module.min.js'),
      // 'server-only' throws outside React Server Components; unit tests read lib/ directly.
      'server-only': path.resolve(import.meta.dirname, 'tests/unit/helpers/server-only-stub.ts'),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/security/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // One module graph per worker thread instead of a fresh process per file: the files import the same content
    // pipeline, and re-importing it per file was most of the run. Measured (same 694 tests, loaded 2-core
    // machine): 145 s → 76 s of CPU, import 111 s → 46 s. No test mocks modules; the one that sets an
    // environment variable restores it.
    pool: 'threads',
    isolate: false,
    // Vitest's default keeps a core for its main thread, which mostly waits: on 2 cores that meant one worker, and
    // the run used 1.2 cores. Measured (44 files, idle 2-core machine): 56.6 s → 45–48 s wall (4 runs).
    maxWorkers: availableParallelism(),
  },
});
