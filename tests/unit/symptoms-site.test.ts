import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readingOrder } from '@/lib/content/reading-order';
import type { SiteData } from '@/lib/content/types';
import { navigatorSymptoms, SYMPTOMS_PATH } from '@/lib/symptoms/model';
import { builtPages, ROOT, visibleText } from '../helpers/built-site';

const site = JSON.parse(readFileSync(path.join(ROOT, '.content/site.json'), 'utf8')) as SiteData;
const pitfalls = readingOrder(site.entries).filter((e) => e.kind === 'pitfall');
const navigator = navigatorSymptoms(site.symptoms, readingOrder(site.entries));
const pages = builtPages('out');
const pageAt = (urlPath: string) => pages.find((p) => p.urlPath === urlPath)!;

describe('the symptom navigator over the built site', () => {
  it('reaches every pitfall from at least one symptom, and every symptom has a pitfall', () => {
    expect(pitfalls.length).toBeGreaterThanOrEqual(5);
    const reached = new Set(navigator.flatMap((s) => s.causes.map((c) => c.page.id)));
    expect(pitfalls.filter((p) => !reached.has(p.id)).map((p) => p.id)).toEqual([]);
    expect(navigator.filter((s) => s.causes.length === 0).map((s) => s.id)).toEqual([]);
    // A navigator tells causes apart: most symptoms have more than one.
    expect(navigator.filter((s) => s.causes.length > 1).length).toBeGreaterThanOrEqual(navigator.length / 2);
  });

  it('shows each symptom as an anchored heading, in vocabulary order, with each cause, its check and a link to the section that explains it', () => {
    const main = pageAt(SYMPTOMS_PATH).doc.querySelector('main')!;
    expect(main.querySelectorAll('section[data-symptom] h2').map((h) => [h.id, visibleText(h)])).toEqual(navigator.map((s) => [s.id, s.phrase]));
    for (const symptom of navigator) {
      const section = main.querySelector(`section[data-symptom="${symptom.id}"]`)!;
      const causes = section.querySelectorAll('li[data-cause]');
      expect(causes.map((c) => c.getAttribute('data-cause')), symptom.id).toEqual(symptom.causes.map((c) => c.page.id));
      symptom.causes.forEach((cause, i) => {
        const text = visibleText(causes[i]);
        expect(text).toContain(cause.check);
        const hrefs = causes[i].querySelectorAll('a').map((a) => a.getAttribute('href'));
        expect(hrefs).toEqual([cause.page.path, `${cause.page.path}#${cause.section.id}`]);
      });
    }
  });

  it('links only to sections that exist: each cause\'s section is a heading of its built page', () => {
    const links = pageAt(SYMPTOMS_PATH).doc.querySelectorAll('main li[data-cause] a[href*="#"]').map((a) => a.getAttribute('href')!);
    expect(links.length).toBe(navigator.reduce((n, s) => n + s.causes.length, 0));
    const missing = links.filter((href) => {
      const [pagePath, id] = href.split('#');
      return !pageAt(pagePath)?.doc.querySelector(`main [id="${id}"]`);
    });
    expect(missing).toEqual([]);
  });

  it('each pitfall page links every symptom it states to its anchor on the navigator, from its Symptoms section', () => {
    for (const pitfall of pitfalls) {
      const items = pageAt(pitfall.path).doc.querySelectorAll('main li[data-symptom]');
      expect(items.map((li) => li.getAttribute('data-symptom')), pitfall.id).toEqual(pitfall.symptoms.map((s) => s.id));
      for (const li of items) {
        const id = li.getAttribute('data-symptom')!;
        expect(li.querySelector('a')?.getAttribute('href')).toBe(`${SYMPTOMS_PATH}#${id}`);
        expect(visibleText(li)).toContain(pitfall.symptoms.find((s) => s.id === id)!.check);
      }
    }
  });

  it('is linked from the sidebar, the Pitfalls landing page and the home page, and listed in the sitemap', () => {
    const linksTo = (urlPath: string, selector: string) => pageAt(urlPath).doc.querySelectorAll(`${selector} a[href="${SYMPTOMS_PATH}"]`).length;
    expect(linksTo('/pitfalls/', 'main')).toBe(1);
    expect(linksTo('/', 'main')).toBeGreaterThanOrEqual(1);
    expect(linksTo('/pitfalls/cold-start/', 'nav[aria-label="Site"]')).toBe(1);
    expect(readFileSync(path.join(ROOT, 'out/sitemap.xml'), 'utf8')).toContain(`${SYMPTOMS_PATH}</loc>`);
  });
});
