/** Where the prebuild step writes the compiled content, relative to the repository root. */
export const SITE_DATA_FILE = '.content/site.json';
