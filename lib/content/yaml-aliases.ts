import { isAlias, visit, type Document } from 'yaml';

/**
 * The offset of the first YAML alias (`*name`, including a `<<: *name` merge) in a parsed document, or undefined.
 * Content never needs one, and aliases are how a few lines expand into millions of values ("billion laughs"):
 * the yaml package stops at 100 with an uncaught ReferenceError, so the loaders reject any alias first, on its line.
 */
export function firstAliasOffset(document: Document): number | undefined {
  let offset: number | undefined;
  visit(document, (_key, node) => {
    if (isAlias(node)) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    }
    return undefined;
  });
  return offset;
}

export const ALIAS_PROBLEM = 'YAML aliases ("*name" pointing at an "&name" anchor) are not allowed in content: write the value out in full.';
