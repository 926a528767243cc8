import { getMDXComponent, type MDXContentProps } from 'mdx-bundler/client';
import type { FunctionComponent } from 'react';

const components = new Map<string, FunctionComponent<MDXContentProps>>();

/** Turns compiled MDX into a component once per page body, so each render reuses it. */
export function mdxComponent(code: string): FunctionComponent<MDXContentProps> {
  let component = components.get(code);
  if (!component) {
    component = getMDXComponent(code);
    components.set(code, component);
  }
  return component;
}
