import { bundleMDX } from 'mdx-bundler';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import { ContentError } from '../content/errors';
import { emptyFacts, rehypeCollectIntendedIds, rehypeCollectPageFacts, type PageFacts } from './collect-page-facts';
import { rehypeCollectAtlasNotes } from './collect-atlas-notes';
import { rehypeCollectCapabilities } from './collect-capabilities';
import { rehypeCollectReviewItems } from './collect-review-items';
import { rehypeCollectSections } from './collect-sections';
import { rehypeCollectWorksheets } from './collect-worksheets';
import { rehypeCollectSymptoms } from './collect-symptoms';
import { escapeHeadingIds } from './explicit-heading-ids';
import { remarkContentPlugins } from './remark-content';
import { remarkSafeMdx } from './safe-mdx';
import { rehypeTableLabels } from './table-labels';

export interface CompiledPage {
  /** The function body mdx-bundler produced; `getMDXComponent` turns it into a component. */
  code: string;
  facts: PageFacts;
}

interface EsbuildMessage {
  text: string;
  location?: { line: number; column: number } | null;
}

/** Compiles one MDX file. Throws a ContentError naming the file and line on any syntax error. */
export async function compileMdx(source: string, file: string, cwd: string): Promise<CompiledPage> {
  const facts = emptyFacts();
  try {
    const result = await bundleMDX({
      source: escapeHeadingIds(source),
      cwd,
      mdxOptions(options) {
        options.remarkPlugins = [
          // First, so nothing after it sees code or unsafe HTML from content. (mdx-bundler's own plugins then add
          // the frontmatter as a data-only export.)
          remarkSafeMdx(facts.problems, facts.images),
          ...(options.remarkPlugins ?? []),
          ...remarkContentPlugins(facts),
        ];
        options.rehypePlugins = [
          ...(options.rehypePlugins ?? []),
          rehypeCollectIntendedIds(facts),
          rehypeSlug,
          [
            rehypeAutolinkHeadings,
            {
              behavior: 'wrap',
              test: ['h2', 'h3'],
              properties: { className: ['heading-link'], dataHeadingLink: '' },
            },
          ],
          rehypeTableLabels,
          rehypeCollectReviewItems(facts.reviewItems, facts.reviewProblems, facts.ids, facts.reviewRefs),
          rehypeCollectCapabilities(facts.capabilities, facts.reviewProblems, facts.ids),
          rehypeCollectWorksheets(facts.worksheets, facts.worksheetProblems),
          rehypeCollectSymptoms(facts.symptoms, facts.symptomProblems),
          rehypeCollectAtlasNotes(facts.atlasNotes, facts.atlasNoteProblems),
          rehypeCollectPageFacts(facts),
          rehypeCollectSections(facts.sections),
        ];
        return options;
      },
      esbuildOptions(options) {
        options.minify = true;
        options.logLevel = 'silent';
        return options;
      },
    });
    return { code: result.code, facts };
  } catch (error) {
    const messages = (error as { errors?: EsbuildMessage[] }).errors;
    const first = messages?.[0];
    if (first) {
      // @mdx-js/esbuild wraps the parser's message as "Cannot process MDX file with esbuild:\n  12:16: …".
      const located = /(\d+):(\d+): ([\s\S]*)$/.exec(first.text);
      const text = (located?.[3] ?? first.text).replace(/^Could not parse expression with acorn/, 'Could not parse a { } expression');
      const where = located ? ` at column ${located[2]}` : '';
      throw new ContentError(file, `MDX syntax error${where}: ${text.trim().replace(/\.$/, '')}. ${MDX_HINT}`, located ? Number(located[1]) : first.location?.line);
    }
    throw new ContentError(file, `MDX failed to compile: ${(error as Error).message}. ${MDX_HINT}`);
  }
}

const MDX_HINT = 'In MDX, write a literal "<" as "\\<" and literal braces as "\\{" "\\}".';
