import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** Where the MCP server reads the atlas from: a built export folder, or a deployed site over HTTP. */
export interface SiteFiles {
  /** "out/" or "https://host/atlas/", for messages. */
  readonly where: string;
  /** A file of the site by its site path ("/entries.json"), or undefined when the site has none there. */
  read(sitePath: string): Promise<string | undefined>;
}

/** The files of a built export (out/ of `npm run build`). A path that leaves the folder reads as missing. */
export function folderFiles(dir: string): SiteFiles {
  const root = path.resolve(dir);
  return {
    where: `${path.relative(process.cwd(), root) || '.'}/`,
    async read(sitePath) {
      const file = path.resolve(root, `.${decodeURIComponent(sitePath.split(/[?#]/)[0])}`);
      if (file !== root && !file.startsWith(`${root}${path.sep}`)) return undefined;
      try {
        return await readFile(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'EISDIR') return undefined;
        throw error;
      }
    },
  };
}

/**
 * The files of a deployed atlas: `site` is its root URL, base path included ("https://host/atlas/"). A 404 reads as
 * missing; any other failure is an error naming the URL. Each file is fetched once per server run (the atlas changes
 * only when it is deployed again).
 */
export function siteFiles(site: string, fetchImpl: typeof fetch = fetch): SiteFiles {
  const root = site.endsWith('/') ? site : `${site}/`;
  const cache = new Map<string, Promise<string | undefined>>();
  return {
    where: root,
    read(sitePath) {
      const url = new URL(sitePath.replace(/^\//, ''), root).href;
      let loading = cache.get(url);
      if (!loading) {
        loading = fetchImpl(url, { redirect: 'follow' }).then(async (response) => {
          if (response.status === 404) return undefined;
          if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}.`);
          return response.text();
        });
        loading.catch(() => cache.delete(url));
        cache.set(url, loading);
      }
      return loading;
    },
  };
}
