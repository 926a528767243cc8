/** A problem in content/ that must stop the build: where it is and what to do about it. */
export class ContentError extends Error {
  constructor(
    /** Path of the file, relative to the repository. */
    readonly file: string,
    /** What is wrong and how to fix it. */
    readonly problem: string,
    /** 1-based line in the file, where known. */
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${problem}`);
    this.name = 'ContentError';
  }
}

/** Several content errors reported together, so one build shows every problem at once. */
export class ContentErrors extends Error {
  constructor(readonly errors: ContentError[]) {
    super(
      `${errors.length} content error${errors.length === 1 ? '' : 's'}:\n` +
        errors.map((e) => `  ${e.message}`).join('\n'),
    );
    this.name = 'ContentErrors';
  }
}
