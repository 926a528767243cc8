import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PageFacts } from '../mdx/collect-page-facts';
import { atlasSectionIds } from '../mdx/collect-atlas-notes';
import { compileMdx } from '../mdx/compile.server';
import { loadChangelog } from './changelog';
import { loadSymptomTerms } from './symptoms';
import { resolveSymptoms } from './validate-symptoms';
import { ensureDiagrams, type DiagramOptions } from './diagrams';
import { ContentError, ContentErrors } from './errors';
import { listContentFiles, loadEntry, type SourceEntry } from './load';
import type { CompiledEntry, Entry, PageDiagram, SiteData } from './types';
import { validateSite } from './validate-site';

/**
 * The whole content pipeline: load every MDX file, validate frontmatter, compile, render the diagrams that have
 * no rendering yet, check cross-references and links. Throws ContentErrors listing every problem with file and
 * line; returns the site data otherwise.
 */
export async function buildContent(contentDir: string, repoRoot: string, options: DiagramOptions = {}): Promise<SiteData> {
  const { pages, errors } = listContentFiles(contentDir, repoRoot);
  const sources: SourceEntry[] = [];
  for (const file of pages) {
    try {
      sources.push(loadEntry(file, contentDir, repoRoot));
    } catch (error) {
      if (error instanceof ContentError) errors.push(error);
      else throw error;
    }
  }
  const compiled = await Promise.all(
    sources.map(async (entry): Promise<CompiledEntry | undefined> => {
      try {
        const page = await compileMdx(entry.source, entry.file, path.dirname(path.resolve(repoRoot, entry.file)));
        const missingImages = page.facts.images
          .filter(({ src }) => !existsSync(path.join(repoRoot, 'public', decodeURIComponent(src.split(/[?#]/)[0]))))
          .map(({ src, line }) => ({ line, problem: `image "${src}" does not exist: there is no file public${src}. Add the file or fix the path.` }));
        const problems = [...page.facts.problems, ...page.facts.diagramProblems, ...page.facts.reviewProblems, ...page.facts.worksheetProblems, ...page.facts.symptomProblems, ...page.facts.atlasNoteProblems, ...atlasOnAtlasPage(entry, page.facts), ...missingImages];
        // In the order of the file, so the list reads top to bottom.
        for (const { line, problem } of problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))) errors.push(new ContentError(entry.file, problem, line));
        return toCompiledEntry(entry, page.code, page.facts);
      } catch (error) {
        if (error instanceof ContentError) errors.push(error);
        else throw error;
        return undefined;
      }
    }),
  );
  const ok = compiled.filter((e): e is CompiledEntry => e !== undefined);
  const rendered = await ensureDiagrams(ok, repoRoot, options);
  errors.push(...rendered.errors);
  for (const entry of ok) entry.diagrams = rendered.diagrams.get(entry.file) ?? [];
  if (errors.length === 0) errors.push(...validateSite(ok));
  const changelog = loadChangelog(contentDir, repoRoot, sources.map((s) => s.id));
  errors.push(...changelog.errors);
  const vocabulary = loadSymptomTerms(contentDir, repoRoot);
  errors.push(...(vocabulary?.errors ?? []), ...resolveSymptoms(ok, vocabulary));
  if (errors.length > 0) throw new ContentErrors(errors);
  return { entries: ok.map(toEntry), changelog: changelog.changes, symptoms: (vocabulary?.terms ?? []).map(({ line: _line, ...term }) => term) };
}

export function writeSiteData(data: SiteData, outFile: string): void {
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify(data));
}

/** A page written for the atlas needs no section marks: its provenance line already says so of the whole page. */
function atlasOnAtlasPage(entry: SourceEntry, facts: PageFacts): { line?: number; problem: string }[] {
  if (entry.frontmatter.provenance !== 'atlas') return [];
  return facts.atlasNotes.map(({ line }) => ({ line, problem: '<AtlasNote /> marks atlas-written sections on a page that presents the source document; this page is "provenance: atlas" as a whole. Remove it.' }));
}

function toCompiledEntry(entry: SourceEntry, code: string, facts: PageFacts): CompiledEntry {
  const fm = entry.frontmatter;
  return {
    id: entry.id,
    path: entry.path,
    file: entry.file,
    title: fm.title,
    summary: fm.summary,
    kind: fm.kind,
    tags: fm.tags,
    order: fm.order,
    related: fm.related,
    pageAliases: fm.aliases.filter((a): a is string => typeof a === 'string'),
    anchorAliases: fm.aliases.filter((a): a is { from: string; to: string } => typeof a !== 'string'),
    provenance: fm.provenance,
    seed: fm.seed ?? [],
    buildsOn: fm.buildsOn ?? [],
    atlasSections: atlasSectionIds(facts.atlasNotes, facts.headings),
    reviewed: fm.reviewed,
    system: fm.system,
    headings: facts.headings.filter((h) => h.depth === 2 || h.depth === 3),
    sections: facts.sections,
    // Sized once the renderings exist (ensureDiagrams).
    diagrams: facts.diagrams.map((d): PageDiagram => ({ ...d, width: 0, height: 0 })),
    // Resolved against the whole site in validateSite.
    reviewItems: [],
    reviewFacts: facts.reviewItems,
    reviewRefs: [],
    reviewRefFacts: facts.reviewRefs,
    capabilities: [],
    capabilityFacts: facts.capabilities,
    // Their links resolved in validateSite.
    worksheets: [],
    worksheetFacts: facts.worksheets,
    // Resolved against content/symptoms.yaml in resolveSymptoms.
    symptoms: [],
    symptomFacts: facts.symptoms,
    code,
    source: entry.source,
    ids: facts.ids,
    links: facts.links,
  };
}

function toEntry({ source: _source, ids: _ids, links: _links, reviewFacts: _reviewFacts, reviewRefFacts: _reviewRefFacts, capabilityFacts: _capabilityFacts, worksheetFacts: _worksheetFacts, symptomFacts: _symptomFacts, ...entry }: CompiledEntry): Entry {
  return entry;
}
