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
// re-reads that one chunk (see chunkEdit.ts).
import type { Span } from '../model';
import { spanShifter } from '../text/spans';
import { type ChunkedOutline, type ChunkedReading, outlineAfterSmallEdit } from './chunkEdit';
import { type Definitions, definitionSets, isFootnoteLabel, scanDefinitions } from './definitionScan';
import { splitMarkdownChunks } from './markdownChunks';
import { appendMovedOutline, definitionKey, type DefinedOutline, emptyOutline, type MarkdownOutline, OUTLINE_LISTS, outlineItemStart, outlineWithDefinitions } from './markdownOutline';
import { outlineSimpleChunk } from './simpleChunk';
import { blankOut, readYamlFrontMatter } from './yamlFrontMatter';

const MENTION = /\[([^[\]]{1,999})\]/g;
/** A run of chunks is cut here whatever its text, so one parse never grows past this. */
const LONGEST_RUN = 32_000;
/** The run ends with a blank line: the sentinel stands where the next chunk would. */
const SENTINEL = 'x';

/** What the last call read, for tests and measurements. */
export interface OutlineReading {
  /** Characters remark parsed (the rest was reused or needed no parse). */
  parsedCharacters: number;
  /** True when the text was parsed in one piece. */
  whole: boolean;
  /** True when only the edited chunk was read again, the rest of the last outline moved (see chunkEdit.ts). */
  editedChunkOnly?: boolean;
}

export class MarkdownOutliner {
  /** Each run's parse input → its outline, offsets relative to the run; kept from one call to the next. */
  private remembered = new Map<string, RunOutline>();
  private last: ChunkedOutline | undefined;
  lastReading: OutlineReading = { parsedCharacters: 0, whole: false };

  /** How the last essay was read in chunks, for the next edit to start from; undefined after a whole parse. */
  get chunkedReading(): ChunkedReading | undefined {
    return this.last?.reading;
  }

  /**
   * The essay's outline. YAML front matter is read as spaces, as if blanked
   * out (see markdownParseInput), but only the chunk that holds it is copied.
   */
  outline(text: string): MarkdownOutline {
    const edited = this.last && outlineAfterSmallEdit(this.last, text);
    if (edited) {
      this.last = edited;
      this.lastReading = { parsedCharacters: 0, whole: false, editedChunkOnly: true };
      return edited.outline;
    }
    this.last = undefined;
    const front = readYamlFrontMatter(text)?.span;
    const chunks = splitMarkdownChunks(text, front?.end);
    if (chunks.length === 1) return this.outlineWhole(text, front);
    const slice = (span: Span) => blankedSlice(text, span, front);
    const definitions = chunks.map((span) => scanDefinitions(slice(span)));
    const expected = definitionSets(definitions);
    const simple = new Uint8Array(chunks.length);
    const simpleFootnotes = new Map<number, string>();
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
    chunks.forEach((chunk, i) => {
      const chunkText = slice(chunk);
      const simpleChunk = outlineSimpleChunk(chunkText, expected.footnotes);
      if (simpleChunk) {
        simple[i] = 1;
        parseRun();
        for (const label of simpleChunk.footnoteLabels) {
          found.footnotes.add(label.key);
          simpleFootnotes.set(i, label.key);
        }
        appendShifted(merged, simpleChunk.outline, chunk.start);
        return;
      }
      run = run ? { start: run.start, end: chunk.end } : { start: chunk.start, end: chunk.end };
      if (endsRun(chunkText) || run.end - run.start >= LONGEST_RUN) parseRun();
    });
    parseRun();
    this.remembered = used;
    if (leftOpen || !sameSet(found.footnotes, expected.footnotes) || !sameSet(found.links, expected.links)) return this.outlineWhole(text, front);
    this.lastReading = { parsedCharacters, whole: false };
    const withDefinitions = new Map<number, string[]>();
    definitions.forEach((labels, i) => labels.length > 0 && withDefinitions.set(i, labels));
    const starts = Int32Array.from(chunks, (chunk) => chunk.start);
    this.last = { text, outline: merged, reading: { ...(front ? { front } : {}), starts, simple, definitions: withDefinitions, simpleFootnotes, expected } };
    return merged;
  }

  private outlineWhole(text: string, front: Span | undefined): MarkdownOutline {
    this.remembered.clear();
    this.last = undefined;
    this.lastReading = { parsedCharacters: text.length, whole: true };
    return outlineWithDefinitions(front ? blankOut(text, front) : text).outline;
  }
}

/** The text of `span`, with the part of it that is front matter blanked out. */
function blankedSlice(text: string, span: Span, front: Span | undefined): string {
  const slice = text.slice(span.start, span.end);
  if (!front || front.end <= span.start || front.start >= span.end) return slice;
  return blankOut(slice, { start: Math.max(front.start - span.start, 0), end: Math.min(front.end, span.end) - span.start });
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
  const kept = emptyOutline();
  for (const key of OUTLINE_LISTS) (kept[key] as unknown[]) = (outline[key] as (Span | { span: Span })[]).filter((item) => keep(outlineItemStart(item)));
  return kept;
}

/** Appends a chunk's outline at its offset; chunks come in order, so every list stays sorted. */
function appendShifted(into: MarkdownOutline, from: MarkdownOutline, by: number): void {
  appendMovedOutline(into, from, spanShifter(by));
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  if (a.size !== b.size) return false;
  for (const key of a) if (!b.has(key)) return false;
  return true;
}
