// A quick guess at the labels a Markdown text defines (`[^1]: …`, `[label]: …`).
// Only a guess: the parse says which really are, and the chunked reading checks
// the two agree (see chunkedOutline.ts).
import { definitionKey } from './markdownOutline';

/** `[label]:` anywhere; `[^label]:` is a footnote's when the label has no whitespace, else a link's (as remark reads it). */
const DEFINITION = /\[([^[\]]{1,999})\]:/g;
const WHITESPACE = /\s/;

export interface Definitions {
  footnotes: Set<string>;
  links: Set<string>;
}

/**
 * Labels a chunk appears to define, as `f:key` for footnotes and `l:key` for
 * links (a link's key may start with `^` too). A definition never spans a
 * blank line, so each lies inside one chunk.
 */
export function scanDefinitions(chunkText: string): string[] {
  const labels: string[] = [];
  for (const match of chunkText.matchAll(DEFINITION)) {
    const label = match[1];
    labels.push(isFootnoteLabel(label) ? `f:${definitionKey(label.slice(1))}` : `l:${definitionKey(label)}`);
  }
  return labels;
}

/** The labels of `scanDefinitions`, sorted into footnotes and links. */
export function definitionSets(labelLists: Iterable<readonly string[]>): Definitions {
  const footnotes = new Set<string>();
  const links = new Set<string>();
  for (const labels of labelLists) {
    for (const label of labels) (label.startsWith('f:') ? footnotes : links).add(label.slice(2));
  }
  return { footnotes, links };
}

export function isFootnoteLabel(label: string): boolean {
  return label.length > 1 && label[0] === '^' && !WHITESPACE.test(label);
}
