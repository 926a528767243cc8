// Static export into out/. BASE_PATH (e.g. "/atlas") serves the site from a subfolder; SITE_URL sets
// the absolute URLs in canonical links, link previews and the sitemap.
const basePath = process.env.BASE_PATH ?? '';
if (basePath && !/^\/[\w-]+(\/[\w-]+)*$/.test(basePath)) {
  throw new Error(`BASE_PATH must look like "/atlas" (leading slash, no trailing slash); got "${basePath}".`);
}

// REPO_URL (e.g. https://github.com/org/atlas) links each page to its source file on the main branch;
// EDIT_URL ("https://host/repo/-/edit/main/{file}") sets any other pattern. Without either, no edit link.
const repoUrl = (process.env.REPO_URL ?? '').replace(/\/+$/, '');
const editUrlPattern = process.env.EDIT_URL ?? (repoUrl ? `${repoUrl}/blob/main/{file}` : '');
if (editUrlPattern && (!/^https?:\/\/[^\s]+$/.test(editUrlPattern) || (process.env.EDIT_URL && !editUrlPattern.includes('{file}')))) {
  throw new Error(`REPO_URL must be an http(s) URL and EDIT_URL an http(s) URL containing "{file}"; got "${editUrlPattern}".`);
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  basePath,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  env: {
    NEXT_PUBLIC_BASE_PATH: basePath,
    NEXT_PUBLIC_SITE_URL: (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, ''),
    NEXT_PUBLIC_EDIT_URL_PATTERN: editUrlPattern,
  },
  turbopack: {
    // The search engine uses FlexSearch's Index only: the light build (4.5 KB gzip) instead of the package's full
    // bundle (17.5 KB), which the package's exports map does not offer (README: search architecture note).
    // vitest.config.ts aliases the same file, so the unit tests run what the browser gets.
    resolveAlias: { flexsearch: './node_modules/flexsearch/dist/flexsearch.light.module.min.js' },
  },
  experimental: {
    // Skips writing Turbopack's build cache: a clean build is ~25 s faster on 2 cores (NOTES.md).
    turbopackFileSystemCacheForBuild: false,
  },
};

export default nextConfig;
