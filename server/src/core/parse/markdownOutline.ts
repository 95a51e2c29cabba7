// The parts of a Markdown syntax tree the essay model needs, as plain data.
// It is computed where the remark parse runs (a worker thread under a time
// budget, see server/src/analysis) and is cheap to send back to the caller.
import type { Nodes, Root } from 'mdast';
import type { Span } from '../model';

export interface OutlineHeading {
  depth: number;
  span: Span;
  /** The heading's text without `#` marks or setext underline. */
  textSpan: Span;
}

export interface OutlineFootnoteDefinition {
  span: Span;
  /** The label as written between `[^` and `]`. */
  labelSpan: Span;
  /** The definition's content after `[^label]:`. */
  contentSpan: Span;
}

export interface OutlineListItem {
  span: Span;
  contentSpan: Span;
}

export interface OutlineList {
  ordered: boolean;
  span: Span;
  items: OutlineListItem[];
}

export interface MarkdownOutline {
  headings: OutlineHeading[];
  /** Where prose lives: paragraphs (also in lists and blockquotes) and table cells, outside footnote definitions. */
  proseBlocks: Span[];
  footnoteReferences: { span: Span; labelSpan: Span }[];
  footnoteDefinitions: OutlineFootnoteDefinition[];
  /** Top-level lists, which may be notes lists under a Notes heading. */
  lists: OutlineList[];
  /** Inline code, HTML, link destinations, images, bare URLs: never prose, never markers. */
  ignored: Span[];
  /** `[1]: https://…` definitions and `[1]` references to them are links, not notes or markers. */
  linkReferences: Span[];
}

export function emptyOutline(): MarkdownOutline {
  return { headings: [], proseBlocks: [], footnoteReferences: [], footnoteDefinitions: [], lists: [], ignored: [], linkReferences: [] };
}

export type OutlineListName = keyof MarkdownOutline;
/** The items of one of an outline's lists. */
type OutlineItems<K extends OutlineListName> = MarkdownOutline[K];
type SpanMove = (span: Span) => Span;

/** Each list of an outline, and how its items move: every span in them passed through `move`. */
const ITEM_MOVERS: { [K in OutlineListName]: (item: OutlineItems<K>[number], move: SpanMove) => OutlineItems<K>[number] } = {
  headings: (h, move) => ({ depth: h.depth, span: move(h.span), textSpan: move(h.textSpan) }),
  proseBlocks: (s, move) => move(s),
  footnoteReferences: (r, move) => ({ span: move(r.span), labelSpan: move(r.labelSpan) }),
  footnoteDefinitions: (d, move) => ({ span: move(d.span), labelSpan: move(d.labelSpan), contentSpan: move(d.contentSpan) }),
  lists: (l, move) => ({ ordered: l.ordered, span: move(l.span), items: l.items.map((i) => ({ span: move(i.span), contentSpan: move(i.contentSpan) })) }),
  ignored: (s, move) => move(s),
  linkReferences: (s, move) => move(s),
};

/** The names of an outline's lists, in one order. */
export const OUTLINE_LISTS = Object.keys(ITEM_MOVERS) as OutlineListName[];

/** Where an outline item starts: the item's own start if it is a span, else its span's. */
export function outlineItemStart(item: Span | { span: Span }): number {
  return 'span' in item ? item.span.start : item.start;
}

/** Appends `from[first…]` of list `key` to `into`, each item moved by `move`. */
export function appendMovedItems<K extends OutlineListName>(key: K, into: OutlineItems<K>, from: OutlineItems<K>, move: SpanMove, first = 0): void {
  const moveItem = ITEM_MOVERS[key] as (item: OutlineItems<K>[number], move: SpanMove) => OutlineItems<K>[number];
  const out = into as OutlineItems<K>[number][];
  for (let i = first; i < from.length; i++) out.push(moveItem(from[i], move));
}

/**
 * Appends `from` to `into` with every span passed through `move` (a shift, or an
 * edit's move). Appending in order keeps every list sorted.
 */
export function appendMovedOutline(into: MarkdownOutline, from: MarkdownOutline, move: SpanMove): MarkdownOutline {
  for (const key of OUTLINE_LISTS) appendMovedItems(key, into[key], from[key], move);
  return into;
}

type MarkdownParser = { parse(text: string): unknown };
let parser: MarkdownParser | undefined;

/**
 * remark, loaded on the first parse: most essays' chunks need no parse at all,
 * and the language server's start should not wait for remark and micromark
 * (about 18 ms here) before it can check a plain-text essay.
 */
function markdownParser(): MarkdownParser {
  if (!parser) {
    // A require, not an import, is what defers loading; the bundler still puts them in the bundle.
    const { unified } = require('unified') as typeof import('unified');
    const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
    const remarkGfm = (require('remark-gfm') as typeof import('remark-gfm')).default;
    parser = unified().use(remarkParse).use(remarkGfm);
  }
  return parser;
}

/**
 * Parses Markdown once and extracts the outline. `text` must already have YAML
 * front matter blanked out. A leading BOM is handled here: remark drops it, so
 * its offsets are shifted back by one.
 */
export function outlineMarkdown(text: string): MarkdownOutline {
  return outlineWithDefinitions(text).outline;
}

/** An outline and the labels the text defines, as remark keys them (see `definitionKey`). */
export interface DefinedOutline {
  outline: MarkdownOutline;
  /** Every footnote definition's label, nested ones included, with where the definition starts. */
  footnoteLabels: { key: string; start: number }[];
  /** Every link reference definition's label (`[label]: url`), with where it starts. */
  linkLabels: { key: string; start: number }[];
}

/** How remark keys a definition's label: runs of whitespace as one space, trimmed, case folded. */
export function definitionKey(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').replace(/^ | $/g, '').toLowerCase().toUpperCase().toLowerCase();
}

export function outlineWithDefinitions(text: string): DefinedOutline {
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Not sliced off here: remark would then drop a second BOM too, and every offset after it would be one short.
  const tree = markdownParser().parse(text) as Root;
  const outline = emptyOutline();
  const footnoteLabels: DefinedOutline['footnoteLabels'] = [];
  const linkLabels: DefinedOutline['linkLabels'] = [];
  const spanOf = (node: Nodes): Span | undefined => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    return start === undefined || end === undefined ? undefined : { start: start + shift, end: end + shift };
  };
  const childrenSpan = (node: Nodes & { children: Nodes[] }): Span | undefined => {
    const first = node.children[0] && spanOf(node.children[0]);
    const last = node.children[node.children.length - 1] && spanOf(node.children[node.children.length - 1]);
    return first && last ? { start: first.start, end: last.end } : undefined;
  };

  // An explicit stack instead of recursion: 1,000-deep lists must not overflow.
  const stack: { node: Nodes; inDefinition: boolean; depth: number }[] = [{ node: tree, inDefinition: false, depth: 0 }];
  while (stack.length > 0) {
    const { node, inDefinition, depth } = stack.pop()!;
    const span = spanOf(node);
    let childInDefinition = inDefinition;
    let descend = true;
    switch (node.type) {
      case 'heading': {
        const textSpan = childrenSpan(node);
        if (span) outline.headings.push({ depth: node.depth, span, textSpan: textSpan ?? { start: span.end, end: span.end } });
        descend = false; // no prose, no claims, no markers in headings
        break;
      }
      case 'paragraph':
        if (span && !inDefinition) outline.proseBlocks.push(span);
        break;
      case 'tableCell':
        if (span && !inDefinition) outline.proseBlocks.push(span);
        break;
      case 'footnoteDefinition': {
        childInDefinition = true;
        if (span) footnoteLabels.push({ key: node.identifier, start: span.start });
        // A definition nested in another is part of that note's text, not a note: n nested ones would otherwise hold n² characters.
        if (span && !inDefinition) {
          const labelStart = span.start + 2; // after `[^`
          const labelEnd = text.indexOf(']', labelStart);
          const content = childrenSpan(node);
          const colon = labelEnd + 2; // after `]:`
          outline.footnoteDefinitions.push({
            span,
            labelSpan: { start: labelStart, end: labelEnd },
            contentSpan: content ?? { start: Math.min(colon, span.end), end: span.end },
          });
        }
        break;
      }
      case 'footnoteReference':
        if (span) outline.footnoteReferences.push({ span, labelSpan: { start: span.start + 2, end: span.end - 1 } });
        break;
      case 'list':
        if (span && depth === 1) {
          outline.lists.push({
            ordered: node.ordered === true,
            span,
            items: node.children.flatMap((item) => {
              const itemSpan = spanOf(item);
              const content = childrenSpan(item);
              return itemSpan ? [{ span: itemSpan, contentSpan: content ?? itemSpan }] : [];
            }),
          });
        }
        break;
      case 'inlineCode':
      case 'html':
      case 'image':
      case 'imageReference':
      case 'code':
      case 'yaml':
        if (span) outline.ignored.push(span);
        descend = false;
        break;
      case 'link': {
        // The text of a link is prose; its destination is not.
        const textSpan = childrenSpan(node);
        if (span) {
          const bareUrl = !textSpan || (textSpan.start === span.start && textSpan.end === span.end);
          outline.ignored.push(bareUrl ? span : { start: textSpan.end, end: span.end });
        }
        break;
      }
      case 'linkReference':
      case 'definition':
        if (span) outline.linkReferences.push(span);
        if (span && node.type === 'definition') linkLabels.push({ key: node.identifier, start: span.start });
        descend = node.type === 'linkReference';
        break;
      default:
        break;
    }
    if (descend && 'children' in node) {
      const children = node.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], inDefinition: childInDefinition, depth: depth + 1 });
    }
  }
  const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;
  outline.headings.sort((a, b) => a.span.start - b.span.start);
  outline.proseBlocks.sort(byStart);
  outline.footnoteReferences.sort((a, b) => a.span.start - b.span.start);
  outline.footnoteDefinitions.sort((a, b) => a.span.start - b.span.start);
  outline.lists.sort((a, b) => a.span.start - b.span.start);
  outline.ignored.sort(byStart);
  outline.linkReferences.sort(byStart);
  return { outline, footnoteLabels, linkLabels };
}
