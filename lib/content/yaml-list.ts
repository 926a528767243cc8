import { existsSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { z } from 'zod';
import { ContentError } from './errors';
import { readSource } from './load';
import { ALIAS_PROBLEM, firstAliasOffset } from './yaml-aliases';

/** One valid item of a YAML list file, with its node so later checks can name the line of a field. */
export interface YamlItem<T> {
  value: T;
  index: number;
  node: Node;
}

export interface YamlList<T> {
  /** Repository-relative path, for errors. */
  file: string;
  items: YamlItem<T>[];
  errors: ContentError[];
  /** 1-based line of a node (or of a field of an item: `lineAt(item.node, 'entries', 2)`). */
  lineAt: (node: Node | null | undefined, ...at: (string | number)[]) => number | undefined;
}

/**
 * Reads a content/ file that is a YAML list (changelog.yaml, symptoms.yaml) and validates each item with `schema`,
 * naming the file, the line of the offending field and what the file takes. Undefined when the file does not exist.
 */
export function readYamlList<S extends z.ZodType>(
  contentDir: string,
  repoRoot: string,
  name: string,
  schema: S,
  what: { item: string; example: string; fields: string },
): YamlList<z.output<S>> | undefined {
  const abs = path.join(contentDir, name);
  if (!existsSync(abs)) return undefined;
  const file = path.relative(repoRoot, abs);
  const lineCounter = new LineCounter();
  const document = parseDocument(readSource(abs, file), { lineCounter, prettyErrors: false });
  const lineAt: YamlList<unknown>['lineAt'] = (node, ...at) => {
    const target = at.length && (isMap(node) || isSeq(node)) ? (node.getIn(at, true) as Node | undefined) : node;
    const found = target?.range ? target : node;
    return found?.range ? lineCounter.linePos(found.range[0]).line : undefined;
  };
  const list: YamlList<z.output<S>> = { file, items: [], errors: [], lineAt };
  if (document.errors.length) {
    const error = document.errors[0];
    list.errors.push(new ContentError(file, `not valid YAML: ${error.message.split('\n')[0]}.`, lineCounter.linePos(error.pos[0]).line));
    return list;
  }
  const alias = firstAliasOffset(document);
  if (alias !== undefined) {
    list.errors.push(new ContentError(file, ALIAS_PROBLEM, lineCounter.linePos(alias).line));
    return list;
  }
  if (!isSeq(document.contents)) {
    list.errors.push(new ContentError(file, `must be a list of ${what.item}s: ${what.example}.`, 1));
    return list;
  }
  const values = document.toJS() as unknown[];
  document.contents.items.forEach((item, index) => {
    const node = item as Node;
    const parsed = schema.safeParse(values[index]);
    if (parsed.success) {
      list.items.push({ value: parsed.data, index, node });
      return;
    }
    const issue = parsed.error.issues[0];
    const field = issue.code === 'unrecognized_keys' ? issue.keys.join('", "') : issue.path.join('.') || `(${what.item})`;
    list.errors.push(new ContentError(file, `${what.item} ${index + 1}, field "${field}": ${issue.message}. ${what.fields}`, lineAt(node, ...(issue.path as (string | number)[]))));
  });
  return list;
}
