import Link from 'next/link';

const LAYERS = [
  { name: 'Online Serving Layer', work: 'Real-time predictions', latency: '<100ms', anchor: 'online-serving-layer' },
  { name: 'Nearline Processing', work: 'Stream processing', latency: 'seconds-minutes', anchor: 'nearline-processing' },
  { name: 'Offline Training', work: 'Batch training', latency: 'hours-days', anchor: 'offline-training' },
];

/** The three-layer stack at a glance, each layer linking to its section of the pattern page. */
export function StackOverview() {
  return (
    <figure className="max-w-3xl" aria-labelledby="stack-caption">
      <ol className="space-y-2">
        {LAYERS.map((layer) => (
          <li key={layer.name}>
            <Link
              href={`/patterns/three-layer-stack/#${layer.anchor}`}
              className="flex flex-wrap items-baseline justify-between gap-2 rounded-lg border border-slate-300 bg-slate-50 px-4 py-3 hover:border-accent-600 dark:border-slate-700 dark:bg-slate-900 dark:hover:border-accent-300"
            >
              <span className="font-semibold">{layer.name}</span>
              <span className="text-sm text-slate-700 dark:text-slate-300">
                {layer.work} · <span className="font-mono">{layer.latency}</span>
              </span>
            </Link>
          </li>
        ))}
      </ol>
      <figcaption id="stack-caption" className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        The three-layer stack: most production ML systems split work by how fresh its answer must be.
      </figcaption>
    </figure>
  );
}
