import { execFileSync } from 'node:child_process';
import { urlPathOf } from '../content/urls';
import { appendVersions, historyFileOf, type PageHistory } from './history';
import { citableTexts, type CitableText } from './source-sections';

/**
 * Rebuilds the version history of every page from the git history of `contentDir` (repository-relative), walking the
 * first-parent commits of `ref` oldest first: what landed on the main line is what was published; the intermediate
 * commits of a merged branch never were. Each version is dated with the committer date of the commit that first
 * carried it. Run once (scripts/backfill-history.ts); the build never reads git, since CI clones shallowly.
 */
export function backfillHistory(repoDir: string, contentDir = 'content', ref = 'HEAD'): Map<string, PageHistory> {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repoDir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const commits = git('log', '--first-parent', '--reverse', '--format=%H %cs', ref, '--', contentDir)
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(' ') as [string, string]);
  const histories = new Map<string, PageHistory>();
  // A blob parsed once however many commits carry it.
  const parsed = new Map<string, CitableText[]>();
  for (const [commit, date] of commits) {
    const tree = git('ls-tree', '-r', commit, '--', `${contentDir}/`).split('\n').filter(Boolean);
    for (const row of tree) {
      const [meta, file] = row.split('\t');
      if (!file.endsWith('.mdx')) continue;
      const blob = meta.split(' ')[2];
      let texts = parsed.get(blob);
      if (!texts) {
        texts = citableTexts(git('cat-file', 'blob', blob));
        parsed.set(blob, texts);
      }
      const relative = file.slice(contentDir.length + 1);
      const historyFile = historyFileOf(relative);
      const { history } = appendVersions(histories.get(historyFile), urlPathOf(relative), texts, date);
      histories.set(historyFile, history);
    }
  }
  return histories;
}
