import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: ['node_modules/**', '.next/**', 'out/**', 'out-base/**', '.content/**', '.serve/**', 'next-env.d.ts', 'tests/fixtures/**', 'test-results/**', 'playwright-report/**'],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Links prefetch on intent, not in the viewport: a page load must not fetch every page it links to.
      'no-restricted-imports': ['error', { paths: [{ name: 'next/link', message: 'Use SiteLink from @/components/shared/site-link (prefetch on intent, not on viewport).' }] }],
    },
  },
  { files: ['components/shared/site-link.tsx'], rules: { 'no-restricted-imports': 'off' } },
];

export default config;
