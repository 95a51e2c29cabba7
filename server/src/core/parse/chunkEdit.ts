// A keystroke inside a chunk that needs no parse, before and after, that keeps
// the chunks' cuts and the definitions, changes only that chunk's part of the
// outline. This is worked out from a compact record of the last chunked
// reading, which a worker can send along with the outline, so the language
// server answers such keystrokes without a trip to the worker.
import type { Span } from '../model';
import { firstAtLeast, spanShifter } from '../text/spans';
import { changeBetween, lengthChange, type TextChange } from '../textChange';
import { type Definitions, scanDefinitions } from './definitionScan';
import { splitMarkdownChunks } from './markdownChunks';
import { appendMovedItems, emptyOutline, type MarkdownOutline, OUTLINE_LISTS, outlineItemStart } from './markdownOutline';
import { outlineSimpleChunk } from './simpleChunk';
import { readYamlFrontMatter } from './yamlFrontMatter';

/** What a reading in chunks leaves for the next edit to start from. Typed arrays and maps: cheap to send. */
export interface ChunkedReading {
  /** The YAML front matter, which remark reads as spaces. */
  front?: Span;
  /** Where each chunk starts; each ends where the next starts, the last at the text's end. */
  starts: Int32Array;
  /** Per chunk, 1 when its outline needed no parse. */
  simple: Uint8Array;
  /** The chunks in which a quick scan finds definitions: index → labels (see `scanDefinitions`). */
  definitions: Map<number, string[]>;
  /** The chunks that need no parse and define a footnote: index → its key. */
  simpleFootnotes: Map<number, string>;
  /** Every label the scan finds. */
  expected: Definitions;
}

/** A text, its outline, and how it was read. */
export interface ChunkedOutline {
  text: string;
  outline: MarkdownOutline;
  reading: ChunkedReading;
  /** The edit from the last text to this one, when this outline was read from the last. */
  change?: TextChange;
}

const LINE_BREAK = /[\n\r]/;

/**
 * The outline of `text` after an edit that stays inside one line of one chunk
 * that needs no parse, before and after, where the chunks are cut as before and
 * the definitions are the same: the last outline with that chunk's part read
 * again and the rest moved. Undefined when the edit does not fit.
 */
export function outlineAfterSmallEdit(last: ChunkedOutline, text: string): ChunkedOutline | undefined {
  const { reading } = last;
  const front = readYamlFrontMatter(text)?.span;
  if (front?.start !== reading.front?.start || front?.end !== reading.front?.end) return undefined;
  const change = changeBetween(last.text, text);
  if (!change) return { text, outline: last.outline, reading };
  if (LINE_BREAK.test(change.newText) || LINE_BREAK.test(last.text.slice(change.start, change.oldEnd))) return undefined;
  const k = chunkHolding(reading.starts, last.text.length, change);
  if (k < 0 || reading.simple[k] !== 1) return undefined;
  const delta = lengthChange(change);
  const old = { start: reading.starts[k], end: chunkEnd(reading.starts, k, last.text.length) };
  const span = { start: old.start, end: old.end + delta };
  // A chunk that holds front matter is never one that needs no parse: this one is as written.
  const chunkText = text.slice(span.start, span.end);
  if (scanDefinitions(chunkText).join('\n') !== (reading.definitions.get(k) ?? []).join('\n')) return undefined;
  const simple = outlineSimpleChunk(chunkText, reading.expected.footnotes);
  if (!simple || (simple.footnoteLabels[0]?.key ?? '') !== (reading.simpleFootnotes.get(k) ?? '')) return undefined;
  if (!cutsKept(text, reading.starts, k, delta, front)) return undefined;

  const starts = reading.starts.slice();
  for (let i = k + 1; i < starts.length; i++) starts[i] += delta;
  return { text, outline: replacedChunk(last.outline, old, simple.outline, span.start, delta), reading: { ...reading, starts }, change };
}

function chunkEnd(starts: Int32Array, k: number, textLength: number): number {
  return k + 1 < starts.length ? starts[k + 1] : textLength;
}

/** The chunk that holds the whole change: the last one starting at or before it (-1 if it runs past that one). */
function chunkHolding(starts: Int32Array, textLength: number, change: TextChange): number {
  const k = firstAtLeast(starts, change.start + 1, (start) => start) - 1;
  return k >= 0 && change.oldEnd <= chunkEnd(starts, k, textLength) ? k : -1;
}

/**
 * Whether the text from the chunk before chunk `k` to the one after it (which
 * starts where nothing is open) is still cut where it was: an edit on a chunk's
 * first or last line can join it to a neighbour or open a list.
 */
function cutsKept(text: string, starts: Int32Array, k: number, delta: number, front: Span | undefined): boolean {
  const from = k > 0 ? starts[k - 1] : 0;
  const to = k + 2 < starts.length ? starts[k + 2] + delta : text.length;
  const expected = [from];
  if (k > 0) expected.push(starts[k]);
  if (k + 1 < starts.length) expected.push(starts[k + 1] + delta);
  const cuts = splitMarkdownChunks(text.slice(from, to), front ? front.end - from : 0).map((chunk) => chunk.start + from);
  return cuts.length === expected.length && cuts.every((cut, i) => cut === expected[i]);
}

/** The outline with the items of the chunk at `old` replaced by `chunk` (placed at `at`) and every later item moved by `delta`. */
function replacedChunk(outline: MarkdownOutline, old: Span, chunk: MarkdownOutline, at: number, delta: number): MarkdownOutline {
  const replaced = emptyOutline();
  for (const key of OUTLINE_LISTS) {
    const items = outline[key];
    // Items before the chunk are shared, not copied.
    (replaced[key] as unknown[]) = items.slice(0, firstAtLeast<Span | { span: Span }>(items, old.start, outlineItemStart));
    appendMovedItems(key, replaced[key], chunk[key], spanShifter(at));
    appendMovedItems(key, replaced[key], items, spanShifter(delta), firstAtLeast<Span | { span: Span }>(items, old.end, outlineItemStart));
  }
  return replaced;
}
