import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Closes a browser-test run with its ten slowest tests and the time each spec file took (summed over its tests,
 * retries included), so that a run that grew shows where. Wall-clock times: compare runs made on the same machine.
 */
export default class SlowestReporter implements Reporter {
  private readonly runs: { title: string; file: string; ms: number }[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    const [, project, file, ...rest] = test.titlePath();
    this.runs.push({ title: `[${project}] ${file} › ${rest.join(' › ')}`, file, ms: result.duration });
  }

  onEnd(result: FullResult): void {
    if (this.runs.length === 0) return;
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1).padStart(6)} s`;
    const slowest = [...this.runs].sort((a, b) => b.ms - a.ms).slice(0, 10);
    const files = new Map<string, number>();
    for (const run of this.runs) files.set(run.file, (files.get(run.file) ?? 0) + run.ms);
    const lines = [
      '',
      'Slowest ten tests:',
      ...slowest.map((r) => `${seconds(r.ms)}  ${r.title}`),
      '',
      `Time per spec file (sum over its tests; ${this.runs.length} test runs, wall clock ${seconds(result.duration).trim()}):`,
      ...[...files].sort((a, b) => b[1] - a[1]).map(([file, ms]) => `${seconds(ms)}  ${file}`),
    ];
    console.log(lines.join('\n'));
  }

  printsToStdio(): boolean {
    return false;
  }
}
