import { applyTheme } from '@/lib/theme/apply-theme';

const script = `(${applyTheme.toString()})()`;

/**
 * The theme class on <html> before first paint, so a stored choice or the system's preference never flashes the
 * wrong theme. A server component: the script is in the HTML (the Content-Security-Policy lists it by hash), not in
 * any bundle.
 */
export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
