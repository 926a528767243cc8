/** The copy controls' icon buttons (headings, review items): one look for client and server-rendered ones. */
export const ICON_BUTTON =
  'tooltip inline-flex h-7 min-w-7 items-center justify-center rounded px-1 text-slate-500 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-white';
