/** Query length that is read; the rest is ignored (a 10,000-character paste must not stall typing or bloat a URL). */
export const MAX_QUERY = 200;
