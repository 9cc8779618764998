/**
 * Pagefind's excerpts are escaped text with `<mark>` around the matches. This turns one into
 * DOM nodes without ever parsing it as HTML into the page: only text and `<mark>` come out.
 */
export function excerptNodes(excerpt: string): Node[] {
  const decoder = document.createElement('textarea');
  return excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).flatMap((part): Node[] => {
    if (!part) return [];
    const marked = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
    decoder.innerHTML = (marked ? marked[1] : part)?.replace(/<[^>]*>/g, '') ?? '';
    const text = document.createTextNode(decoder.value);
    if (!marked) return [text];
    const mark = document.createElement('mark');
    mark.append(text);
    return [mark];
  });
}
