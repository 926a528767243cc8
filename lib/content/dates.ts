import { z } from 'zod';

/** A calendar date as content writes it: YYYY-MM-DD. */
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The latest date that is not in the future anywhere: today in UTC+14, the zone furthest ahead, so a reviewer
 * writing their own today's date is never refused, whatever the build machine's zone.
 */
export function latestAllowedDate(now: Date = new Date()): string {
  return new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);
}

function isCalendarDate(value: string): boolean {
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** A past or present date (YYYY-MM-DD), as a string; `what` names it in the error (e.g. "the date someone last checked this page"). */
export function pastDate(what: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `is required: ${what}, as YYYY-MM-DD` : `must be a date written YYYY-MM-DD (in quotes or not): ${what}`) })
    .regex(DATE_PATTERN, `must be a date written YYYY-MM-DD, e.g. 2026-11-29: ${what}`)
    .refine(isCalendarDate, 'is not a date in the calendar (check the month and the day)')
    .refine((value) => value <= latestAllowedDate(), 'is in the future: write the date it actually happened (today at the latest)');
}

/** "2026-11-29" → "29 November 2026", the same on every machine (the date is a calendar day, not an instant). */
export function formatDate(value: string): string {
  return new Date(`${value}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
