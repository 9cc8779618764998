import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * Wraps every table in a focusable, labelled scroll box, so a wide table scrolls inside its
 * own box (the page never scrolls sideways) and keyboard users can scroll it too.
 */
export function rehypeTableWrap() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      if (parent.type === 'element' && (parent.properties.className as string[] | undefined)?.includes('table-wrap')) return;
      const header = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'thead');
      const label = header ? `Table: ${toString(header).replace(/\s+/g, ' ').trim()}` : 'Table';
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-wrap'], tabIndex: 0, role: 'region', ariaLabel: label },
        children: [node],
      };
    });
  };
}
