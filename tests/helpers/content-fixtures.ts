import path from 'node:path';
import { buildContent } from '@/lib/content/build';
import { ContentErrors } from '@/lib/content/errors';
import { ROOT } from './built-site';

export const FIXTURES = path.join(ROOT, 'tests/fixtures/content');

/** Builds a fixture folder of tests/fixtures/content and returns the errors it stops with. */
export async function errorsOf(fixture: string): Promise<{ file: string; line?: number; problem: string }[]> {
  try {
    await buildContent(path.join(FIXTURES, fixture), ROOT);
  } catch (error) {
    if (error instanceof ContentErrors) return error.errors.map(({ file, line, problem }) => ({ file, line, problem }));
    throw error;
  }
  throw new Error(`fixture ${fixture} built without errors`);
}
