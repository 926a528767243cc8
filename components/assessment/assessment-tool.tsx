'use client';

import { useMemo } from 'react';
import { answersQuery, parseAnswers } from '@/lib/assessment/answers';
import { assess } from '@/lib/assessment/level';
import { CAPABILITY_LEVELS, type Answer, type Capability } from '@/lib/assessment/model';
import { MATURITY_LABEL } from '@/lib/review/model';
import { useHydrated } from '@/components/shared/use-hydrated';
import { replaceUrlQuery, useUrlQuery } from '@/components/shared/use-url-query';
import { AssessmentResult } from './assessment-result';
import { CapabilityQuestion } from './capability-question';

/**
 * /assessment/: one fieldset per capability, grouped by level, and the result as the answers come in. The
 * questions are in the static HTML (a printable questionnaire without JavaScript); the answers live in the URL.
 */
export function AssessmentTool({ capabilities }: { capabilities: Capability[] }) {
  const hydrated = useHydrated();
  // The answers are the URL: empty in the static HTML (the same for everyone), the browser's query after hydration.
  const query = useUrlQuery();
  const answers = useMemo(() => parseAnswers(new URLSearchParams(query), capabilities), [query, capabilities]);
  const result = useMemo(() => assess(capabilities, answers), [capabilities, answers]);
  const update = (next: Record<string, Answer>) => replaceUrlQuery(answersQuery(next, capabilities));

  return (
    <>
      {hydrated && (
        // The result sits after the questions; this line keeps the level in view while answering.
        <p className="no-print sticky top-14 z-10 mt-6 rounded-md border border-slate-200 bg-white/95 px-3 py-2 text-sm dark:border-slate-800 dark:bg-slate-950/95">
          Level so far: <strong>Level {result.level}</strong> ({result.answered} of {result.total} answered).{' '}
          <a href="#result" className="underline underline-offset-2">
            See the result
          </a>
        </p>
      )}
      <form aria-label="Self-assessment questions" onSubmit={(e) => e.preventDefault()}>
        {CAPABILITY_LEVELS.map((level) => (
          <section key={level} aria-labelledby={`level-${level}`} className="assessment-level">
            <h2 id={`level-${level}`} className="mt-10 mb-3 scroll-mt-20 text-xl font-semibold">
              {MATURITY_LABEL[level]}
            </h2>
            {capabilities
              .filter((c) => c.level === level)
              .map((capability) => (
                <CapabilityQuestion
                  key={capability.id}
                  capability={capability}
                  answer={answers[capability.id]}
                  onAnswer={(answer) => update({ ...answers, [capability.id]: answer })}
                />
              ))}
          </section>
        ))}
      </form>
      <AssessmentResult result={result} capabilities={capabilities} answers={answers} hydrated={hydrated} onClear={() => update({})} />
    </>
  );
}
