import { SiteLink } from '@/components/shared/site-link';
import type { Assessment } from '@/lib/assessment/level';
import { ANSWER_LABEL, type Answers, type Capability } from '@/lib/assessment/model';
import { MATURITY_LABEL } from '@/lib/review/model';
import { AssessmentActions } from './assessment-actions';

interface Props {
  result: Assessment;
  capabilities: Capability[];
  answers: Answers;
  hydrated: boolean;
  onClear: () => void;
}

/** The level, what holds the team below the next one (linked to the sections that explain it), and the way up. */
export function AssessmentResult({ result, capabilities, answers, hydrated, onClear }: Props) {
  return (
    <section aria-label="Assessment result" id="result" className="assessment-result mt-10 scroll-mt-20 rounded-lg border border-slate-300 p-4 dark:border-slate-700">
      <h2 className="text-xl font-semibold">Your result</h2>
      {!hydrated ? (
        <p className="mt-2">
          Your level is the highest level whose questions, and those of every level below it, are all answered &ldquo;Yes&rdquo;. With JavaScript,
          this page works it out as you answer and lists what holds you below the next level; on paper, count from Level 1 up.
        </p>
      ) : (
        <>
          <p className="mt-2 text-2xl font-bold" data-assessed-level={result.level}>
            Level {result.level}
          </p>
          <p className="text-slate-700 dark:text-slate-300">{MATURITY_LABEL[result.level].replace(/^Level \d: /, '')}</p>
          <p className="mt-2">
            <SiteLink href={`/review/?maturity=${result.level}`} className="font-medium text-accent-700 underline underline-offset-2 dark:text-accent-300" data-review-link>
              Open the design review checklist at Level {result.level}
            </SiteLink>
          </p>
          <p className="mt-2 text-sm text-slate-700 dark:text-slate-300" role="status">
            {result.answered} of {result.total} questions answered. {result.progress.map((p) => `Level ${p.level}: ${p.yes} of ${p.total} yes`).join('; ')}.
          </p>
          {result.next !== undefined ? (
            <>
              <h3 className="mt-4 font-semibold">
                What holds you below {MATURITY_LABEL[result.next]} ({result.gaps.length})
              </h3>
              <ul className="mt-2 space-y-2">
                {result.gaps.map(({ capability, answer }) => (
                  <li key={capability.id}>
                    <a href={`#q-${capability.id}`} className="underline underline-offset-2">
                      {capability.question}
                    </a>{' '}
                    <span className="text-sm text-slate-700 dark:text-slate-300">({answer ? ANSWER_LABEL[answer] : 'not answered'})</span>{' '}
                    {/* The capability's own anchor, where it is explained, not the level's heading all gaps share. */}
                    <SiteLink href={`${capability.page.path}#${capability.id}`} className="text-sm text-accent-700 underline-offset-2 hover:underline dark:text-accent-300">
                      Read: {capability.page.title} › {capability.section.title}
                    </SiteLink>
                  </li>
                ))}
              </ul>
              <h3 className="mt-4 font-semibold">Getting to Level {result.next}</h3>
              <ol className="mt-2 list-decimal space-y-1 pl-6">
                {result.gaps.map(({ capability }) => (
                  <li key={capability.id}>{capability.step}</li>
                ))}
              </ol>
              {result.ahead.length > 0 && (
                <p className="mt-4 text-sm text-slate-700 dark:text-slate-300">
                  You answered &ldquo;Yes&rdquo; to {result.ahead.length} {result.ahead.length === 1 ? 'capability' : 'capabilities'} of higher levels. They count once the
                  gaps above are closed: each level rests on the ones below it.
                </p>
              )}
            </>
          ) : (
            <p className="mt-4">Every capability of Levels 1 to 3 is in place. Staying there is its own work: see <SiteLink href="/maturity/#level-3" className="underline">Level 3: Full MLOps</SiteLink>.</p>
          )}
          <AssessmentActions result={result} capabilities={capabilities} answers={answers} onClear={onClear} />
        </>
      )}
    </section>
  );
}
