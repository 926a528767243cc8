import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withDeferredScripts } from '@/lib/export/deferred-scripts';
import { PAYLOAD_DIR, withExternalPayload } from '@/lib/export/external-payload';
import { builtPages, ROOT } from '../helpers/built-site';

// A page as Next exports it, reduced to what the two transforms touch.
const NEXT_PAGE = [
  '<!DOCTYPE html><html><head><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>',
  '<script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/b.js" async=""></script>',
  '<script src="/_next/static/chunks/poly.js" noModule=""></script></head><body><script>theme()</script><main><p>Text</p></main>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"0:[\\"$\\",\\"p\\"]\\n"])</script>',
  '<script>self.__next_f.push([1,"1:\\"x\\"\\n"])</script></body></html>',
].join('');

describe('withDeferredScripts', () => {
  const html = withDeferredScripts(NEXT_PAGE);

  it('defers the bundles and requests them after the text, in their order', () => {
    expect(html).not.toContain('async=""');
    const tail = html.slice(html.indexOf('</main>'));
    expect(tail).toContain('<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/><script src="/_next/static/chunks/a.js" defer=""></script><script src="/_next/static/chunks/b.js" defer=""></script></body>');
    expect(html.slice(0, html.indexOf('<main>'))).not.toMatch(/<script src="[^"]+" defer|rel="preload" as="script"/);
  });

  it('leaves inline scripts and the noModule polyfill where they were', () => {
    expect(html).toContain('<script src="/_next/static/chunks/poly.js" noModule=""></script></head><body><script>theme()</script>');
  });

  it('is idempotent', () => {
    expect(withDeferredScripts(html)).toBe(html);
  });
});

describe('withExternalPayload', () => {
  const deferred = withDeferredScripts(NEXT_PAGE);
  const { html, file } = withExternalPayload(deferred, '/atlas', 'page.html');

  it('moves every payload statement, in order, into one file named by its content', () => {
    expect(file?.path).toMatch(new RegExp(`^${PAYLOAD_DIR}/[0-9a-f]{20}\\.js$`));
    expect(file?.content).toBe('(self.__next_f=self.__next_f||[]).push([0]);\nself.__next_f.push([1,"0:[\\"$\\",\\"p\\"]\\n"]);\nself.__next_f.push([1,"1:\\"x\\"\\n"]);\n');
    expect(html).not.toContain('__next_f');
  });

  it('loads the file as the first deferred script, under the base path, so it runs before Next reads the payload', () => {
    const scripts = [...html.matchAll(/<script src="([^"]+)" defer=""><\/script>/g)].map((m) => m[1]);
    expect(scripts).toEqual([`/atlas/${file!.path}`, '/_next/static/chunks/a.js', '/_next/static/chunks/b.js']);
  });

  it('the same payload gives the same file name; another payload another', () => {
    expect(withExternalPayload(deferred, '', 'again.html').file?.path).toBe(file?.path);
    expect(withExternalPayload(deferred.replace('\\"x\\"', '\\"y\\"'), '', 'other.html').file?.path).not.toBe(file?.path);
  });

  it('is idempotent: a page without an inline payload is left as it is', () => {
    expect(withExternalPayload(html, '/atlas', 'page.html')).toEqual({ html });
  });

  it('refuses a payload it does not recognise, naming the page', () => {
    const changed = deferred.replace('(self.__next_f=self.__next_f||[]).push([0])', 'self.__next_f.push([0])');
    expect(() => withExternalPayload(changed, '', 'out/x/index.html')).toThrow(/out\/x\/index\.html: Next's RSC payload does not start/);
  });
});

describe.each([
  ['out', ''],
  ['out-base', '/atlas'],
])('%s/: pages paint before their scripts and payload arrive', (dir, basePath) => {
  const pages = builtPages(dir).filter((p) => p.html.includes('_next/static/chunks/'));

  it('has pages with Next bundles', () => {
    expect(pages.length).toBeGreaterThan(30);
  });

  it.each(pages.map((p) => [p.urlPath, p] as const))('%s', (_path, page) => {
    expect(page.html).not.toMatch(/<script>[^<]*__next_f/);
    const payload = new RegExp(`<script src="${basePath}/(${PAYLOAD_DIR}/[0-9a-f]{20}\\.js)" defer=""></script>`).exec(page.html);
    expect(payload, 'the payload file is loaded').not.toBeNull();
    const file = path.join(ROOT, dir, payload![1]);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8').startsWith('(self.__next_f=self.__next_f||[]).push([0]);\nself.__next_f.push([1,')).toBe(true);
    // Every external script and script preload comes after the page's text (the last content element is the footer).
    const firstFetch = page.html.search(/<script src="[^"]+" defer=""|<link rel="preload" as="script"/);
    expect(firstFetch).toBeGreaterThan(page.html.lastIndexOf('</footer>'));
    expect(page.html.search(/<script src="[^"]+" defer=""/), 'the payload file runs first').toBe(payload!.index);
  });
});
