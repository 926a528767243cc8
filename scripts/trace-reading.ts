/**
 * Where a cold load's time goes on the slow phone profile (issue #22): a Chromium performance trace of one page,
 * summarised as a timeline relative to navigation start — each resource's request and finish, HTML parse chunks,
 * script evaluation, long tasks, and the first paint / FCP / LCP marks.
 *   npx tsx scripts/trace-reading.ts /pitfalls/label-leakage/ [trace.json]   (a full URL traces another site)
 */
import { writeFileSync } from 'node:fs';
import { serveOutToBrowser, slowPhonePage } from './bench-browser';

interface TraceEvent { name: string; cat: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: Record<string, any> } // eslint-disable-line @typescript-eslint/no-explicit-any -- trace events carry free-form data

const pathname = process.argv[2] ?? '/';
const { origin, browser, close } = await serveOutToBrowser();
try {
  const { page, session } = await slowPhonePage(browser);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.start', { categories: 'devtools.timeline,loading,blink.user_timing,disabled-by-default-devtools.timeline,v8.execute', transferMode: 'ReportEvents' });
  await page.goto(pathname.startsWith('http') ? pathname : origin + pathname, { waitUntil: 'load', timeout: 90_000 });
  await page.waitForTimeout(1500);
  await session.send('Tracing.end');
  await done;
  if (process.argv[3]) writeFileSync(process.argv[3], JSON.stringify({ traceEvents: events }));
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame);
  if (!nav) throw new Error('no navigationStart in the trace');
  const t = (ts: number) => ((ts - nav.ts) / 1000).toFixed(0).padStart(6);
  const rows: [number, string][] = [];
  const urls = new Map<string, string>();
  for (const e of events) {
    if (e.ts < nav.ts) continue;
    const d = e.args?.data ?? {};
    if (e.name === 'ResourceSendRequest') { urls.set(d.requestId, d.url.replace(origin, '')); rows.push([e.ts, `request  ${d.url.replace(origin, '')} (${d.priority})`]); }
    else if (e.name === 'ResourceFinish') rows.push([e.ts, `finish   ${urls.get(d.requestId)} ${(d.encodedDataLength / 1024).toFixed(1)} KB`]);
    else if (e.name === 'ParseHTML' && e.ph === 'X') rows.push([e.ts, `parse    lines ${e.args?.beginData?.startLine}–${e.args?.endData?.endLine ?? '?'} ${((e.dur ?? 0) / 1000).toFixed(1)} ms`]);
    else if (e.name === 'EvaluateScript' && e.ph === 'X') rows.push([e.ts, `script   ${(d.url ?? '').replace(origin, '') || 'inline'} ${((e.dur ?? 0) / 1000).toFixed(1)} ms`]);
    else if (e.name === 'RunTask' && (e.dur ?? 0) > 50_000) rows.push([e.ts, `longtask ${((e.dur ?? 0) / 1000).toFixed(0)} ms`]);
    else if (['firstPaint', 'firstContentfulPaint', 'largestContentfulPaint::Candidate', 'domContentLoadedEventEnd', 'MarkDOMContent', 'MarkLoad'].includes(e.name)) rows.push([e.ts, `mark     ${e.name}${d.nodeName ? ' ' + d.nodeName : ''}${d.size ? ' size ' + d.size : ''}`]);
    else if (e.name === 'Layout' && e.ph === 'X' && (e.dur ?? 0) > 5000) rows.push([e.ts, `layout   ${((e.dur ?? 0) / 1000).toFixed(1)} ms`]);
    else if (e.name === 'PrePaint' || (e.name === 'Paint' && e.ph === 'X' && d.frame && (e.dur ?? 0) > 2000)) rows.push([e.ts, `${e.name.toLowerCase().padEnd(8)} ${((e.dur ?? 0) / 1000).toFixed(1)} ms`]);
  }
  rows.sort((a, b) => a[0] - b[0]);
  for (const [ts, text] of rows) console.log(t(ts), text);
} finally {
  await close();
}
