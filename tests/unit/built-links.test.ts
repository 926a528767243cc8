import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/built-site';
import { brokenReferences } from '../helpers/link-check';

describe('links in the static export', () => {
  it('out/: every internal link, #anchor and asset resolves', () => {
    const pages = builtPages('out');
    expect(pages.length).toBeGreaterThan(30);
    expect(brokenReferences(pages, 'out')).toEqual([]);
  });

  it('out-base/ (BASE_PATH=/atlas): every link and asset carries the base path and resolves', () => {
    const pages = builtPages('out-base');
    expect(brokenReferences(pages, 'out-base', '/atlas')).toEqual([]);
  });

  it('the checker itself catches a missing page, a missing anchor and a missing base path', () => {
    const [page] = builtPages('out').filter((p) => p.urlPath === '/pitfalls/label-leakage/');
    const broken = page.doc.querySelector('main a[href^="/"]')!;
    broken.setAttribute('href', '/pitfalls/label-leakag/');
    const anchor = page.doc.querySelector('main a[href^="#"]')!;
    anchor.setAttribute('href', '#no-such-section');
    const problems = brokenReferences([page], 'out');
    expect(problems.some((p) => p.includes('/pitfalls/label-leakag/'))).toBe(true);
    expect(problems.some((p) => p.includes('no element with id "no-such-section"'))).toBe(true);
    expect(brokenReferences([page], 'out', '/atlas').some((p) => p.includes('missing the base path'))).toBe(true);
  });
});
