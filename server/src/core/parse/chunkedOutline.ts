// The outline of a Markdown essay, read chunk by chunk (see markdownChunks.ts).
// Plain paragraphs, headings and notes need no parse (simpleChunk.ts); remark
// parses the other chunks in short runs, remembered from one call to the next,
// so that after a keystroke only the run it touched is parsed again, and a
// remark tree is alive for one run at a time.
//
// Definitions are the one thing that reaches across chunks: `[^1]` is a
// footnote reference only if `[^1]: …` is defined somewhere in the document,
// and `[label]` a link only if `[label]: …` is. Each run is parsed with
// stand-in definitions before it for the labels it mentions that the document
// appears to define (a quick scan), and with a sentinel paragraph after it that
// only an unclosed code or HTML block would swallow. Afterwards the definitions
// found must be exactly those the scan expected, and no run may have swallowed
// its sentinel; if either fails (a definition inside code, say), the whole
// document is parsed in one piece instead.
//
// A keystroke inside a chunk that needs no parse, before and after, that keeps
// the chunk's cuts and definitions, changes only that chunk's part of the
// outline: the outliner remembers the last essay's chunks and outline and
// re-reads that one chunk (see `afterSmallEdit`).
import type { Span } from '../model';
import { changeBetween, lengthChange, type TextChange } from '../textChange';
import { splitMarkdownChunks } from './markdownChunks';
import { appendMovedOutline, definitionKey, type DefinedOutline, emptyOutline, type MarkdownOutline, outlineWithDefinitions } from './markdownOutline';
import { outlineSimpleChunk, type SimpleChunkOutline } from './simpleChunk';
import { blankOut, readYamlFrontMatter } from './yamlFrontMatter';

/** `[label]:` anywhere; `[^label]:` is a footnote's when the label has no whitespace, else a link's (as remark reads it). */
const DEFINITION = /\[([^[\]]{1,999})\]:/g;
const MENTION = /\[([^[\]]{1,999})\]/g;
const WHITESPACE = /\s/;
const LINE_BREAK = /[\n\r]/;
/** A run of chunks is cut here whatever its text, so one parse never grows past this. */
const LONGEST_RUN = 32_000;
/** The run ends with a blank line: the sentinel stands where the next chunk would. */
const SENTINEL = 'x';

interface Definitions {
  footnotes: Set<string>;
  links: Set<string>;
}

/** What the last call read, for tests and measurements. */
export interface OutlineReading {
  /** Characters remark parsed (the rest was reused or needed no parse). */
  parsedCharacters: number;
  /** True when the text was parsed in one piece. */
  whole: boolean;
  /** True when only the edited chunk was read again, the rest of the last outline moved (see `afterSmallEdit`). */
  editedChunkOnly?: boolean;
}

/** One chunk of the last essay read in chunks. */
interface ChunkRecord {
  span: Span;
  /** Its outline when it needed no parse (offsets relative to the chunk). */
  simple?: SimpleChunkOutline;
  /** The definitions a quick scan finds in it (see `scanDefinitions`). */
  definitions: string[];
}

/** The last essay read in chunks, for the next call to start from. */
interface LastReading {
  text: string;
  /** The YAML front matter, which remark reads as spaces. */
  front: Span | undefined;
  chunks: ChunkRecord[];
  outline: MarkdownOutline;
  expected: Definitions;
}

export class MarkdownOutliner {
  /** Each run's parse input → its outline, offsets relative to the run; kept from one call to the next. */
  private remembered = new Map<string, RunOutline>();
  private last: LastReading | undefined;
  lastReading: OutlineReading = { parsedCharacters: 0, whole: false };

  /**
   * The essay's outline. YAML front matter is read as spaces, as if blanked
   * out (see markdownParseInput), but only the chunk that holds it is copied.
   */
  outline(text: string): MarkdownOutline {
    const front = readYamlFrontMatter(text)?.span;
    const edited = this.afterSmallEdit(text, front);
    if (edited) {
      this.lastReading = { parsedCharacters: 0, whole: false, editedChunkOnly: true };
      return edited;
    }
    this.last = undefined;
    const chunks = splitMarkdownChunks(text, front?.end);
    if (chunks.length === 1) return this.outlineWhole(text, front);
    const slice = (span: Span) => blankedSlice(text, span, front);
    const records: ChunkRecord[] = chunks.map((span) => ({ span, definitions: scanDefinitions(slice(span)) }));
    const expected = definitionSets(records);
    const used = new Map<string, RunOutline>();
    const merged = emptyOutline();
    const found: Definitions = { footnotes: new Set(), links: new Set() };
    // Chunks remark must read are parsed in runs: one parse costs a fifth of a millisecond before it reads a character.
    let run: Span | undefined;
    let leftOpen = false;
    let parsedCharacters = 0;
    const parseRun = () => {
      if (!run) return;
      const runText = slice(run);
      // Stand-ins go before the run: after it they would fall into a code block left open at the end.
      const before = standInDefinitions(runText, expected);
      // A BOM is dropped by remark only when it comes first.
      const bom = runText.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
      // After a run that is not the last, a paragraph that must stay one: else the run left a code or HTML block open.
      const after = run.end < text.length ? SENTINEL : '';
      const input = bom + before + runText.slice(bom.length) + after;
      let parsed = used.get(input) ?? this.remembered.get(input);
      if (!parsed) {
        parsed = outlineRun(runText, input, before.length, after.length > 0);
        parsedCharacters += input.length;
      }
      used.set(input, parsed);
      if (parsed.leftOpen) leftOpen = true;
      for (const label of parsed.footnoteLabels) found.footnotes.add(label.key);
      for (const label of parsed.linkLabels) found.links.add(label.key);
      appendShifted(merged, parsed.outline, run.start);
      run = undefined;
    };
    for (const record of records) {
      const chunk = record.span;
      const chunkText = slice(chunk);
      const simple = outlineSimpleChunk(chunkText, expected.footnotes);
      if (simple) {
        record.simple = simple;
        parseRun();
        for (const label of simple.footnoteLabels) found.footnotes.add(label.key);
        appendShifted(merged, simple.outline, chunk.start);
        continue;
      }
      run = run ? { start: run.start, end: chunk.end } : { start: chunk.start, end: chunk.end };
      if (endsRun(chunkText) || run.end - run.start >= LONGEST_RUN) parseRun();
    }
    parseRun();
    this.remembered = used;
    if (leftOpen || !sameSet(found.footnotes, expected.footnotes) || !sameSet(found.links, expected.links)) return this.outlineWhole(text, front);
    this.lastReading = { parsedCharacters, whole: false };
    this.last = { text, front, chunks: records, outline: merged, expected };
    return merged;
  }

  /**
   * The outline after an edit that stays inside one line of one chunk that
   * needs no parse, before and after, where the chunks are cut as before and
   * the definitions are the same: the last outline with that chunk's part read
   * again and the rest moved. Undefined when the edit does not fit.
   */
  private afterSmallEdit(text: string, front: Span | undefined): MarkdownOutline | undefined {
    const last = this.last;
    if (!last || front?.start !== last.front?.start || front?.end !== last.front?.end) return undefined;
    const change = changeBetween(last.text, text);
    if (!change) return last.outline;
    if (LINE_BREAK.test(change.newText) || LINE_BREAK.test(last.text.slice(change.start, change.oldEnd))) return undefined;
    const k = chunkHolding(last.chunks, change);
    const record = last.chunks[k];
    if (!record?.simple) return undefined;
    const delta = lengthChange(change);
    const span = { start: record.span.start, end: record.span.end + delta };
    // A chunk that holds front matter is never one that needs no parse: this one is as written.
    const chunkText = text.slice(span.start, span.end);
    const definitions = scanDefinitions(chunkText);
    if (definitions.join('\n') !== record.definitions.join('\n')) return undefined;
    const simple = outlineSimpleChunk(chunkText, last.expected.footnotes);
    if (!simple || simple.footnoteLabels.map((l) => l.key).join('\n') !== record.simple.footnoteLabels.map((l) => l.key).join('\n')) return undefined;
    if (!cutsKept(text, last.chunks, k, delta, front)) return undefined;

    const chunks = last.chunks.slice(0, k);
    chunks.push({ span, simple, definitions });
    for (let i = k + 1; i < last.chunks.length; i++) {
      const { span: s, simple: r, definitions: d } = last.chunks[i];
      chunks.push({ span: { start: s.start + delta, end: s.end + delta }, definitions: d, ...(r ? { simple: r } : {}) });
    }
    const outline = replacedChunk(last.outline, record.span, simple.outline, span.start, delta);
    this.last = { text, front, chunks, outline, expected: last.expected };
    return outline;
  }

  private outlineWhole(text: string, front: Span | undefined): MarkdownOutline {
    this.remembered.clear();
    this.last = undefined;
    this.lastReading = { parsedCharacters: text.length, whole: true };
    return outlineWithDefinitions(front ? blankOut(text, front) : text).outline;
  }
}

/**
 * Labels a chunk appears to define, as `f:key` for footnotes and `l:key` for
 * links (a link's key may start with `^` too). Only a guess: the parse says which really are. A definition never
 * spans a blank line, so each lies inside one chunk.
 */
function scanDefinitions(chunkText: string): string[] {
  const labels: string[] = [];
  for (const match of chunkText.matchAll(DEFINITION)) {
    const label = match[1];
    labels.push(isFootnoteLabel(label) ? `f:${definitionKey(label.slice(1))}` : `l:${definitionKey(label)}`);
  }
  return labels;
}

/** The text of `span`, with the part of it that is front matter blanked out. */
function blankedSlice(text: string, span: Span, front: Span | undefined): string {
  const slice = text.slice(span.start, span.end);
  if (!front || front.end <= span.start || front.start >= span.end) return slice;
  return blankOut(slice, { start: Math.max(front.start - span.start, 0), end: Math.min(front.end, span.end) - span.start });
}

/** The labels every chunk appears to define. */
function definitionSets(records: readonly ChunkRecord[]): Definitions {
  const footnotes = new Set<string>();
  const links = new Set<string>();
  for (const record of records) {
    for (const label of record.definitions) {
      (label.startsWith('f:') ? footnotes : links).add(label.slice(2));
    }
  }
  return { footnotes, links };
}

/** The chunk that holds the whole change: the last one starting at or before it (-1 if it runs past that one). */
function chunkHolding(chunks: readonly ChunkRecord[], change: TextChange): number {
  let lo = 0;
  let hi = chunks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (chunks[mid].span.start <= change.start) lo = mid + 1;
    else hi = mid;
  }
  const k = lo - 1;
  return k >= 0 && change.oldEnd <= chunks[k].span.end ? k : -1;
}

/**
 * Whether the text from the chunk before chunk `k` to the one after it (which
 * starts where nothing is open) is still cut where it was: an edit on a chunk's
 * first or last line can join it to a neighbour or open a list.
 */
function cutsKept(text: string, chunks: readonly ChunkRecord[], k: number, delta: number, front: Span | undefined): boolean {
  const from = k > 0 ? chunks[k - 1].span.start : 0;
  const to = k + 1 < chunks.length ? chunks[k + 1].span.end + delta : text.length;
  const expected = [from];
  if (k > 0) expected.push(chunks[k].span.start);
  if (k + 1 < chunks.length) expected.push(chunks[k + 1].span.start + delta);
  const cuts = splitMarkdownChunks(text.slice(from, to), front ? front.end - from : 0).map((chunk) => chunk.start + from);
  return cuts.length === expected.length && cuts.every((cut, i) => cut === expected[i]);
}

/** The outline with the items of the chunk at `old` replaced by `chunk` (placed at `at`) and every later item moved by `delta`. */
function replacedChunk(outline: MarkdownOutline, old: Span, chunk: MarkdownOutline, at: number, delta: number): MarkdownOutline {
  const replaced = <T>(items: readonly T[], fresh: readonly T[], startOf: (item: T) => number, move: (item: T, by: number) => T): T[] => {
    const first = firstStartingAt(items, old.start, startOf);
    const after = firstStartingAt(items, old.end, startOf);
    const out = items.slice(0, first);
    for (const item of fresh) out.push(move(item, at));
    for (let i = after; i < items.length; i++) out.push(move(items[i], delta));
    return out;
  };
  const span = (s: Span, by: number): Span => ({ start: s.start + by, end: s.end + by });
  const startOfSpan = (s: Span) => s.start;
  const startOfItem = (item: { span: Span }) => item.span.start;
  return {
    headings: replaced(outline.headings, chunk.headings, startOfItem, (h, by) => ({ depth: h.depth, span: span(h.span, by), textSpan: span(h.textSpan, by) })),
    proseBlocks: replaced(outline.proseBlocks, chunk.proseBlocks, startOfSpan, span),
    footnoteReferences: replaced(outline.footnoteReferences, chunk.footnoteReferences, startOfItem, (r, by) => ({ span: span(r.span, by), labelSpan: span(r.labelSpan, by) })),
    footnoteDefinitions: replaced(outline.footnoteDefinitions, chunk.footnoteDefinitions, startOfItem, (d, by) => ({ span: span(d.span, by), labelSpan: span(d.labelSpan, by), contentSpan: span(d.contentSpan, by) })),
    lists: replaced(outline.lists, chunk.lists, startOfItem, (l, by) => ({ ordered: l.ordered, span: span(l.span, by), items: l.items.map((i) => ({ span: span(i.span, by), contentSpan: span(i.contentSpan, by) })) })),
    ignored: replaced(outline.ignored, chunk.ignored, startOfSpan, span),
    linkReferences: replaced(outline.linkReferences, chunk.linkReferences, startOfSpan, span),
  };
}

/** Index of the first item starting at or after `offset`; items come in chunk order. */
function firstStartingAt<T>(items: readonly T[], offset: number, startOf: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(items[mid]) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Definitions of the labels the run mentions and the document defines, to stand before it. */
function standInDefinitions(runText: string, defined: Definitions): string {
  if (defined.footnotes.size === 0 && defined.links.size === 0) return '';
  const lines = new Set<string>();
  for (const match of runText.matchAll(MENTION)) {
    const label = match[1];
    if (isFootnoteLabel(label) && defined.footnotes.has(definitionKey(label.slice(1)))) lines.add(`[${label}]: .`);
    // `[^7]` with no footnote 7 is a link to a `[^7]:` link definition, if one exists; the
    // space keeps the stand-in a link definition (remark trims it from the label).
    else if (defined.links.has(definitionKey(label))) lines.add(`[ ${label}]: .`);
  }
  // The closing paragraph ends the last definition: an indented first line of the run must not continue it.
  return lines.size === 0 ? '' : `${[...lines].join('\n\n')}\n\n.\n\n`;
}

interface RunOutline extends DefinedOutline {
  /** A fenced code or HTML block ran on past the run's end: its chunks were cut where they may not be. */
  leftOpen: boolean;
}

/** The run's outline, from its parse input: stand-in definitions before it (`offset` long), maybe the sentinel after. */
function outlineRun(runText: string, input: string, offset: number, sentinel: boolean): RunOutline {
  const parsed = outlineWithDefinitions(input);
  const sentinelStart = input.length - 1;
  const leftOpen = sentinel && !parsed.outline.proseBlocks.some((block) => block.start === sentinelStart);
  if (input.length === runText.length) return { ...parsed, leftOpen };
  const inRun = (start: number) => start >= offset && start < offset + runText.length;
  const outline = emptyOutline();
  appendShifted(outline, filterOutline(parsed.outline, inRun), -offset);
  const labels = (list: { key: string; start: number }[]) => list.filter((l) => inRun(l.start)).map((l) => ({ key: l.key, start: l.start - offset }));
  return { outline, footnoteLabels: labels(parsed.footnoteLabels), linkLabels: labels(parsed.linkLabels), leftOpen };
}

/**
 * Where a run of chunks ends is decided by the chunks' own text, not by a count or
 * a size, so an edit that changes one chunk leaves the other runs as they were
 * and their outlines are reused.
 */
function endsRun(chunkText: string): boolean {
  return (chunkText.length + chunkText.charCodeAt(chunkText.length >> 1)) % 8 === 0;
}

function filterOutline(outline: MarkdownOutline, keep: (start: number) => boolean): MarkdownOutline {
  return {
    headings: outline.headings.filter((h) => keep(h.span.start)),
    proseBlocks: outline.proseBlocks.filter((s) => keep(s.start)),
    footnoteReferences: outline.footnoteReferences.filter((r) => keep(r.span.start)),
    footnoteDefinitions: outline.footnoteDefinitions.filter((d) => keep(d.span.start)),
    lists: outline.lists.filter((l) => keep(l.span.start)),
    ignored: outline.ignored.filter((s) => keep(s.start)),
    linkReferences: outline.linkReferences.filter((s) => keep(s.start)),
  };
}

/** Appends a chunk's outline at its offset; chunks come in order, so every list stays sorted. */
function appendShifted(into: MarkdownOutline, from: MarkdownOutline, by: number): void {
  appendMovedOutline(into, from, (span) => ({ start: span.start + by, end: span.end + by }));
}

function isFootnoteLabel(label: string): boolean {
  return label.length > 1 && label[0] === '^' && !WHITESPACE.test(label);
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  if (a.size !== b.size) return false;
  for (const key of a) if (!b.has(key)) return false;
  return true;
}
