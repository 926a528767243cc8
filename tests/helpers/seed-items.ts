import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './built-site';

export const SEED_FILE = path.join(ROOT, 'content/seed/ml-system-design-insights.md');

export interface SeedItem {
  text: string;
  line: number;
  what: 'heading' | 'term' | 'value' | 'list item' | 'table cell' | 'diagram label' | 'pipeline step' | 'sentence';
}

const EMOJI = /[\p{Extended_Pictographic}\uFE0F]/gu;

/**
 * Every item of the seed a reader could look for: headings (name and parenthetical apart), bold terms and
 * their values, list items, table cells, labels of the ASCII diagrams, pipeline steps and plain sentences.
 */
export function seedItems(markdown = readFileSync(SEED_FILE, 'utf8')): SeedItem[] {
  const items: SeedItem[] = [];
  const add = (text: string, line: number, what: SeedItem['what']) => {
    const clean = text.replace(EMOJI, '').replace(/\*+/g, '').replace(/\s+/g, ' ').trim();
    if (clean && !items.some((i) => i.text === clean)) items.push({ text: clean, line, what });
  };
  let fence: string | undefined;
  markdown.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const text = raw.trim();
    if (text.startsWith('```')) {
      fence = fence === undefined ? text.slice(3) : undefined;
      return;
    }
    if (fence !== undefined) {
      codeLineItems(text).forEach(([item, what]) => add(item, line, what));
      return;
    }
    if (!text || text === '---' || /^\|[-| ]+\|$/.test(text)) return;
    const heading = /^#{1,6}\s+(.*)$/.exec(text);
    if (heading) {
      const body = heading[1].replace(EMOJI, '').replace(/^\d+\.\s*/, '').trim();
      const paren = /^(.*?)\s*\(([^)]*)\)$/.exec(body);
      if (paren && /\*\*/.test(body)) {
        add(paren[1], line, 'heading');
        add(paren[2], line, 'value');
      } else add(body, line, 'heading');
      return;
    }
    if (text.startsWith('|')) {
      text.split('|').slice(1, -1).forEach((cell) => add(cell, line, 'table cell'));
      return;
    }
    const listItem = /^(?:-|\d+\.)\s+(.*)$/.exec(text);
    const body = listItem ? listItem[1] : text;
    const term = /^\*\*(.+?)\*\*\s*(?::\s*(.*)|\((.*)\))?$/.exec(body);
    if (term) {
      add(term[1], line, 'term');
      const value = term[2] ?? term[3];
      if (value) add(value, line, 'value');
      return;
    }
    add(body.replace(/^\*(.*)\*$/, '$1'), line, listItem ? 'list item' : 'sentence');
  });
  return items;
}

/** Labels inside the seed's code blocks: box-drawing diagrams, arrow grids and pipeline templates. */
function codeLineItems(text: string): [string, SeedItem['what']][] {
  if (/^[┌├└]/.test(text)) return [];
  if (text.startsWith('│')) {
    // "│   Online Serving Layer      │ <── Real-time predictions (<100ms)"
    const [, label = '', note = ''] = /^│\s*(.*?)\s*│\s*(?:<─+\s*(.*))?$/.exec(text) ?? [];
    return [label, note].filter(Boolean).map((t) => [t, 'diagram label']);
  }
  if (text.startsWith('#')) return [[text.replace(/^#\s*/, ''), 'heading']];
  if (/^[↓\s]+$/.test(text)) return [];
  const what = /_/.test(text) ? 'pipeline step' : 'diagram label';
  return text
    .split(/\s*→\s*/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => [t, what]);
}
