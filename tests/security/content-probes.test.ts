import { describe, expect, it } from 'vitest';
import { CONTENT_PROBES } from './content-probes';
import { BODY_LINE, removeProbe, runProbe } from './probe-tree';

/**
 * Re-runs every probe of the content step on a small fixture tree of its own (no Next build, no browser): each is
 * rejected with its file, line and a fix, or accepted, as listed in content-probes.ts. A crash or a hang fails it.
 */
describe('security probes: the content step', () => {
  it.each(CONTENT_PROBES.map((probe) => [probe.id, probe] as const))('%s', async (_id, probe) => {
    const outcome = await runProbe(probe);
    try {
      if (probe.expect === 'accept') {
        expect(outcome.ok ? [] : outcome.errors).toEqual([]);
        return;
      }
      expect(outcome.ok, 'the probe built without an error').toBe(false);
      const errors = outcome.ok ? [] : outcome.errors;
      const { reject, file = 'content/probe.mdx', line = BODY_LINE } = probe.expect;
      const matching = errors.filter((e) => reject.test(e.problem));
      expect(matching.map((e) => e.problem), `no error matches ${reject}; got:\n${errors.map((e) => `${e.file}:${e.line}: ${e.problem}`).join('\n')}`).not.toEqual([]);
      expect(matching[0]).toMatchObject({ file, line: line ?? undefined });
    } finally {
      removeProbe(outcome.dir);
    }
  });
});
