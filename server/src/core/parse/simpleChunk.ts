// Most of an essay is prose paragraphs with nothing in them for Markdown to
// read but footnote references, plain `## headings`, and notes that are one
// plain paragraph. Such a chunk's outline is known without a parse: a paragraph
// from its first character to the end of its last line (trailing spaces
// included), a reference for each `[^label]` whose label is defined; or one
// heading; or one footnote definition around such a paragraph. Anything that
// could mean more — emphasis, code, HTML, links, bare URLs, escapes, entities,
// tables, a line that could open a block — sends the chunk to remark instead.
// The test suite checks this against remark on every essay it has.
import { isMarkdownBlank, isMarkdownWhitespace } from '../text/chars';
import { definitionKey, emptyOutline, type MarkdownOutline } from './markdownOutline';

/** Characters that may carry Markdown meaning anywhere in a line. `[` and `]` are looked at separately. */
const MAY_MEAN_MORE = /[`*_~<>&\\!|@]|:\/\/|www\./i;
/** First characters (after indentation) of a line that may open or interrupt a block. */
const MAY_OPEN_BLOCK = /^[ \t]*(?:[#>\-+*=<`~|[:]|\d{1,9}[.)])/;
const LINE_BREAK = /[\n\r]/g;
const LONE_CR = /\r(?!\n)/;
const FOOTNOTE_REFERENCE = /\[\^([\w.-]{1,100})\]/y;
const FOOTNOTE_DEFINITION = /^\[\^([\w.-]{1,100})\]:[ \t]*/;

/** A chunk's outline, and the footnote label it defines (as remark keys it), if any. */
export interface SimpleChunkOutline {
  outline: MarkdownOutline;
  footnoteLabels: { key: string; start: number }[];
}

/**
 * The outline of `chunkText` if it is one simple paragraph, heading or footnote
 * definition (trailing blank lines allowed), offsets relative to the chunk;
 * undefined if remark must read it.
 */
export function outlineSimpleChunk(chunkText: string, definedFootnotes: ReadonlySet<string>): SimpleChunkOutline | undefined {
  const first = chunkText.charCodeAt(0);
  if (first === 0x23 /* # */) {
    const heading = outlineSimpleHeading(chunkText);
    return heading && { outline: heading, footnoteLabels: [] };
  }
  // A lone \r ends a line too; rare enough to leave to remark.
  if (LONE_CR.test(chunkText)) return undefined;
  const definition = first === 0x5b /* [ */ ? FOOTNOTE_DEFINITION.exec(chunkText) : null;
  const paragraph = readSimpleParagraph(chunkText, definition ? definition[0].length : 0, definedFootnotes);
  if (!paragraph) return undefined;
  const outline = emptyOutline();
  outline.footnoteReferences = paragraph.references;
  if (!definition) {
    outline.proseBlocks.push(paragraph.span);
    return { outline, footnoteLabels: [] };
  }
  const label = definition[1];
  outline.footnoteDefinitions.push({ span: { start: 0, end: paragraph.span.end }, labelSpan: { start: 2, end: 2 + label.length }, contentSpan: paragraph.span });
  return { outline, footnoteLabels: [{ key: definitionKey(label), start: 0 }] };
}

/** The plain paragraph that starts at `from` and fills the rest of the chunk, with its footnote references. */
function readSimpleParagraph(chunkText: string, from: number, definedFootnotes: ReadonlySet<string>): { span: { start: number; end: number }; references: MarkdownOutline['footnoteReferences'] } | undefined {
  const first = chunkText.charCodeAt(from);
  // Indentation would make code, and a BOM is dropped by remark: both to remark.
  if (first === 0x20 || first === 0x09 || first === 0x0a || first === 0x0d || first === 0xfeff || Number.isNaN(first)) return undefined;
  let contentEnd = chunkText.length;
  while (contentEnd > from && isMarkdownWhitespace(chunkText.charCodeAt(contentEnd - 1))) contentEnd--;
  // The paragraph runs to the end of its last line, trailing spaces included, its line break not.
  let end = chunkText.indexOf('\n', contentEnd);
  if (end < 0) end = chunkText.length;
  if (chunkText.charCodeAt(end - 1) === 0x0d) end--;
  const body = chunkText.slice(0, end);
  if (MAY_MEAN_MORE.test(from === 0 ? body : body.slice(from))) return undefined;

  let lineStart = from;
  while (lineStart < end) {
    let lineEnd = body.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = end;
    const line = body.slice(lineStart, lineEnd);
    if (MAY_OPEN_BLOCK.test(line) || isMarkdownBlank(line)) return undefined;
    lineStart = lineEnd + 1;
  }

  const references: MarkdownOutline['footnoteReferences'] = [];
  for (let open = body.indexOf('[', from); open >= 0; open = body.indexOf('[', open + 1)) {
    FOOTNOTE_REFERENCE.lastIndex = open;
    const match = FOOTNOTE_REFERENCE.exec(body);
    if (!match || !definedFootnotes.has(definitionKey(match[1]))) return undefined;
    const close = open + match[0].length;
    references.push({ span: { start: open, end: close }, labelSpan: { start: open + 2, end: close - 1 } });
  }
  // Every `]` must close one of those references.
  let closes = 0;
  for (let at = body.indexOf(']', from); at >= 0; at = body.indexOf(']', at + 1)) closes++;
  if (closes !== references.length) return undefined;
  return { span: { start: from, end }, references };
}


/** One `#`–`######` heading line with plain text, and nothing but blank lines after it. */
function outlineSimpleHeading(chunkText: string): MarkdownOutline | undefined {
  let depth = 0;
  while (chunkText.charCodeAt(depth) === 0x23) depth++;
  const afterMarks = chunkText.charCodeAt(depth);
  if (depth > 6 || (afterMarks !== 0x20 && afterMarks !== 0x09)) return undefined;
  LINE_BREAK.lastIndex = depth;
  const lineEnd = LINE_BREAK.test(chunkText) ? LINE_BREAK.lastIndex - 1 : chunkText.length;
  if (!isMarkdownBlank(chunkText, lineEnd) || LONE_CR.test(chunkText)) return undefined;
  let textStart = depth;
  while (isSpaceOrTab(chunkText.charCodeAt(textStart))) textStart++;
  let textEnd = lineEnd;
  while (textEnd > textStart && isSpaceOrTab(chunkText.charCodeAt(textEnd - 1))) textEnd--;
  const content = chunkText.slice(textStart, textEnd);
  // A `#` may close the heading, and the rest may carry inline Markdown: leave those to remark.
  if (content.length === 0 || content.includes('#') || content.includes('[') || MAY_MEAN_MORE.test(content)) return undefined;
  const outline = emptyOutline();
  outline.headings.push({ depth, span: { start: 0, end: lineEnd }, textSpan: { start: textStart, end: textEnd } });
  return outline;
}

const isSpaceOrTab = (c: number) => c === 0x20 || c === 0x09;
