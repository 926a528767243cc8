import { SiteLink as Link } from '@/components/shared/site-link';
import type { Entry } from '@/lib/content/types';
import { withBasePath } from '@/lib/site-config';

/**
 * The page at an earlier id: a static redirect to where the entry lives now. The meta refresh works
 * without JavaScript; the script runs first and keeps the #anchor and a citation's ?v=, which a meta refresh would drop.
 */
export function AliasRedirect({ to }: { to: Entry }) {
  const target = withBasePath(to.path);
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16">
      <meta httpEquiv="refresh" content={`0; url=${target}`} />
      <script dangerouslySetInnerHTML={{ __html: `location.replace(${JSON.stringify(target)} + location.search + location.hash)` }} />
      <h1 className="text-2xl font-semibold">This page has moved</h1>
      <p className="mt-4">
        It is now <Link href={to.path} className="text-accent-700 underline dark:text-accent-300">{to.title}</Link>.
      </p>
    </main>
  );
}
