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
  },
});
