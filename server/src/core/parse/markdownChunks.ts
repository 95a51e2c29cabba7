// Cuts a Markdown essay into runs of top-level blocks that parse the same on
// their own as inside the whole document. A blank line followed by a line that
// starts in column 0 closes every open container (list item, block quote,
// footnote definition, indented code, HTML blocks of kinds 6 and 7), so the
// text from there on cannot change how the text before it parses — unless a
// fenced code block or an HTML block of kinds 1–5 (`<pre>`, `<!--` …) is still
// open, since those run on across blank lines. Only where none is open do we cut.
// A line that starts a list item is never a cut: it may continue the list above.
import type { Span } from '../model';
import { isMarkdownBlank } from '../text/chars';

/** How a block that runs on across blank lines ends. */
type OpenBlock = { kind: 'fence'; marker: number; length: number } | { kind: 'html'; end: RegExp };

// Openers are looked for at any indentation: inside a list item or a footnote an
// indented one opens too, and staying open too long only costs a cut.
const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})([^\n]*)/;
const HTML_RUNS_ON: readonly { start: RegExp; end: RegExp }[] = [
  { start: /^[ \t]*<(?:script|pre|style|textarea)(?:[\s>]|$)/i, end: /<\/(?:script|pre|style|textarea)>/i },
  { start: /^[ \t]*<!--/, end: /-->/ },
  { start: /^[ \t]*<\?/, end: /\?>/ },
  { start: /^[ \t]*<![A-Za-z]/, end: />/ },
  { start: /^[ \t]*<!\[CDATA\[/, end: /\]\]>/ },
];
const LIST_ITEM_START = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
/** What may stand before a block on its line: a blockquote's `>`, a list item's marker, a footnote's `[^label]:`. */
const CONTAINER_START = /^[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])|\[\^[^\]\n]{1,999}\]:)/;
const LINE = /[^\n\r]*/y;

/**
 * The text's chunks, in order, covering it without gap or overlap. Each chunk
 * starts at a line start; the first at 0. Lines that start before `blankUntil`
 * (YAML front matter, which remark is given as spaces) count as blank.
 */
export function splitMarkdownChunks(text: string, blankUntil = 0): Span[] {
  const chunks: Span[] = [];
  let chunkStart = 0;
  let open: OpenBlock | undefined;
  let afterBlank = false;
  // remark drops a leading BOM, so the first line starts after it.
  let lineStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (lineStart < text.length) {
    // Markdown ends a line at \n, \r\n or a lone \r.
    LINE.lastIndex = lineStart;
    LINE.test(text);
    const lineEnd = LINE.lastIndex;
    const line = text.slice(lineStart, lineEnd);
    if (open) {
      if (closes(open, line)) open = undefined;
      afterBlank = false;
    } else if (lineStart < blankUntil || isMarkdownBlank(line)) {
      afterBlank = true;
    } else {
      const first = line.charCodeAt(0);
      if (afterBlank && lineStart > chunkStart && first !== 0x20 && first !== 0x09 && first !== 0xfeff && !LIST_ITEM_START.test(line)) {
        chunks.push({ start: chunkStart, end: lineStart });
        chunkStart = lineStart;
      }
      afterBlank = false;
      open = opens(line);
    }
    lineStart = lineEnd + (text.charCodeAt(lineEnd) === 0x0d && text.charCodeAt(lineEnd + 1) === 0x0a ? 2 : 1);
  }
  if (chunkStart < text.length || chunks.length === 0) chunks.push({ start: chunkStart, end: text.length });
  return chunks;
}

/**
 * The block this line opens that may run on across blank lines, if any (it may
 * also close on the same line). One opened inside a container on the same line
 * (`[^3]: ~~~`, `- <pre>`) counts too: where such a block ends, and so what it
 * holds, can depend on the text after the next blank line.
 */
function opens(fullLine: string): OpenBlock | undefined {
  let line = fullLine;
  for (let prefix = CONTAINER_START.exec(line); prefix; prefix = CONTAINER_START.exec(line)) line = line.slice(prefix[0].length);
  const fence = FENCE_OPEN.exec(line);
  // A backtick fence's info string may not hold a backtick; such a line is inline code instead.
  if (fence && !(fence[1][0] === '`' && fence[2].includes('`'))) {
    return { kind: 'fence', marker: fence[1].charCodeAt(0), length: fence[1].length };
  }
  for (const html of HTML_RUNS_ON) {
    if (!html.start.test(line)) continue;
    return html.end.test(line) ? undefined : { kind: 'html', end: html.end };
  }
  return undefined;
}

function closes(open: OpenBlock, line: string): boolean {
  if (open.kind === 'html') return open.end.test(line);
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === 0x20) i++;
  let run = 0;
  while (line.charCodeAt(i + run) === open.marker) run++;
  return run >= open.length && isMarkdownBlank(line, i + run);
}
