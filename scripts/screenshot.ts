/**
 * npm run screenshot -- <url> <file.png> [width=1280] [height=900] [light|dark] [full]
 * Looks at a page as a reader would (headless Chromium, the tests' browser), printing any console errors.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../lib/find-chromium';

const [url, file, width = '1280', height = '900', scheme = 'light', full] = process.argv.slice(2);
if (!url || !file) {
  console.error('usage: npm run screenshot -- <url> <file.png> [width] [height] [light|dark] [full]');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) }, colorScheme: scheme === 'dark' ? 'dark' : 'light' });
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.screenshot({ path: file, fullPage: full === 'full' });
  console.log(`${file}${errors.length ? `; console errors:\n${errors.join('\n')}` : '; no console errors'}`);
} finally {
  await browser.close();
}
