/**
 * How long an exported record may be to paste comfortably: a GitHub issue or comment holds at most 65,536
 * characters; the core list aims well under it, the full list just under it with room for a few notes.
 */
export const EXPORT_LIMIT = { core: 20_000, full: 60_000 } as const;
export const GITHUB_BODY_LIMIT = 65_536;
