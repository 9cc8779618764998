import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const LINKED = new Set(['h2', 'h3', 'h4']);

/**
 * Appends a `#` link to every h2–h4 that has an id, so readers can copy a section's URL.
 * The link has no text node (the `#` is drawn by CSS) because Astro derives the TOC text from
 * the heading's text nodes, and a literal `#` would leak into it.
 */
export function rehypeHeadingAnchors() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      const id = node.properties.id;
      if (!LINKED.has(node.tagName) || typeof id !== 'string') return;
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: 'Link to this section', dataPagefindIgnore: '' },
        children: [],
      });
    });
  };
}
