// Re-reading after a keystroke: when an edit stays inside one paragraph and
// cannot change the essay's structure (plain text: checked here; Markdown: the
// new outline is the old one moved), only that paragraph is read again; everything after it moves by the edit's length and
// the whole-document indexes (lines, marker links) are rebuilt cheaply.
import { type Analysis, analyseEssay, runRules } from './analyse';
import { findCitedClaims } from './citedClaims';
import { LineIndex } from './lines';
import type { Claim, EssayModel, Marker, Note, Sentence, Span, TextField } from './model';
import type { ReviewOptions } from './options';
import { isChromeLine } from './parse/chrome';
import { isNotesHeading, looksLikeHeading } from './parse/headings';
import { linkMarkersToNotes, placeInSentences } from './parse/linking';
import { markdownMarkerContext, readMarkdownParagraph } from './parse/markdown';
import { appendMovedOutline, emptyOutline, type MarkdownOutline } from './parse/markdownOutline';
import { readNoteStart } from './parse/notesList';
import { plainMarkerContext, readPlainParagraph } from './parse/plainParagraph';
import { trimSpan } from './text/chars';
import { spanIndexAt } from './text/spans';

/** The part of the old text an edit replaced, and what replaced it. */
export interface TextChange {
  start: number;
  /** End of the replaced part in the old text. */
  oldEnd: number;
  newText: string;
}

/** The change from one text to the next: the differing middle between their common start and end. */
export function changeBetween(oldText: string, newText: string): TextChange | undefined {
  if (oldText === newText) return undefined;
  // Whole blocks compare natively, far faster than a character loop over a megabyte.
  const BLOCK = 4096;
  const shortest = Math.min(oldText.length, newText.length);
  let start = 0;
  while (start + BLOCK <= shortest && oldText.slice(start, start + BLOCK) === newText.slice(start, start + BLOCK)) start += BLOCK;
  while (start < shortest && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let oldEnd = oldText.length;
  let newEnd = newText.length;
  while (oldEnd - BLOCK >= start && newEnd - BLOCK >= start && oldText.slice(oldEnd - BLOCK, oldEnd) === newText.slice(newEnd - BLOCK, newEnd)) {
    oldEnd -= BLOCK;
    newEnd -= BLOCK;
  }
  while (oldEnd > start && newEnd > start && oldText.charCodeAt(oldEnd - 1) === newText.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  return { start, oldEnd, newText: newText.slice(start, newEnd) };
}

export interface Reanalysis {
  analysis: Analysis;
  /** Whether only the edited paragraph was read again. */
  incremental: boolean;
}

/**
 * The analysis of `text`, reusing `previous` (the same document's analysis with
 * the same options) when the edit allows; otherwise a full analysis. A Markdown
 * essay needs the new text's outline (parsed where the time budget applies).
 */
export function reanalyse(previous: Analysis | undefined, text: string, options: ReviewOptions, outline?: MarkdownOutline): Reanalysis {
  const format = outline ? 'markdown' : 'plain';
  if (previous && previous.model.format === format) {
    const change = changeBetween(previous.model.text, text);
    if (!change) return { analysis: previous, incremental: true };
    const model = format === 'plain' ? patchPlainParagraph(previous.model, text, change, options) : patchMarkdownParagraph(previous, text, change, outline!, options);
    if (model) return { analysis: { model, findings: runRules(model, options), ...(outline ? { outline } : {}) }, incremental: true };
  }
  return { analysis: analyseEssay(text, { format, options, outline }), incremental: false };
}

const LINE_BREAK = /[\r\n]/;

const touchesLineBreak = (old: EssayModel, change: TextChange) => LINE_BREAK.test(change.newText) || LINE_BREAK.test(old.text.slice(change.start, change.oldEnd));

/** The model after an edit inside one paragraph, or undefined when the edit may change the essay's structure. */
function patchPlainParagraph(old: EssayModel, text: string, change: TextChange, options: ReviewOptions): EssayModel | undefined {
  // A line break added or removed can split or join blocks: read it all again.
  if (touchesLineBreak(old, change)) return undefined;
  const p = old.paragraphs.findIndex((para) => para.span.start <= change.start && change.oldEnd <= para.span.end);
  // The first paragraph borders the front matter, which reads it to decide where the body starts.
  if (p <= 0) return undefined;
  const delta = lengthChange(change);
  const oldSpan = old.paragraphs[p].span;
  const span = trimSpan(text, oldSpan.start, oldSpan.end + delta);
  // Edits at the paragraph's edges may move its trimmed bounds: let the full reader decide.
  if (span.start !== oldSpan.start || span.end !== oldSpan.end + delta) return undefined;
  const content = text.slice(span.start, span.end);
  if (!LINE_BREAK.test(content)) {
    // A one-line paragraph could turn into a heading, chrome, a note, or a notes heading.
    if (looksLikeHeading(content) || isChromeLine(content) || isNotesHeading(content)) return undefined;
  }
  const firstLineEnd = content.search(LINE_BREAK);
  const firstLine = firstLineEnd < 0 ? content : content.slice(0, firstLineEnd);
  if (readNoteStart(firstLine, { index: 0, start: 0, end: firstLine.length, blank: false }, 'bracket')) return undefined;
  return patchParagraph(old, text, change, p, span, options, (notes) => readPlainParagraph(text, span, p, plainMarkerContext(notes)));
}

/**
 * The Markdown model after an edit inside one prose block, when the new outline
 * is the old one with every span after the edit moved: the block structure,
 * footnote references, code and links are all as they were.
 */
function patchMarkdownParagraph(previous: Analysis, text: string, change: TextChange, outline: MarkdownOutline, options: ReviewOptions): EssayModel | undefined {
  const old = previous.model;
  if (!previous.outline || touchesLineBreak(old, change)) return undefined;
  const p = old.paragraphs.findIndex((para) => para.span.start <= change.start && change.oldEnd <= para.span.end);
  if (p < 0) return undefined;
  const move = spanMover(change);
  if (!samePlainData(appendMovedOutline(emptyOutline(), previous.outline, move), outline)) return undefined;
  const oldSpan = old.paragraphs[p].span;
  const span = move(oldSpan);
  // A block keeps its trailing spaces, a section ends at the last word: an edit among the spaces,
  // or one that adds or removes spaces at the ends, goes the long way.
  const before = trimSpan(old.text, oldSpan.start, oldSpan.end);
  const after = trimSpan(text, span.start, span.end);
  const delta = lengthChange(change);
  if (change.start < before.start || change.oldEnd > before.end || after.start !== before.start || after.end !== before.end + delta) return undefined;
  const references = outline.footnoteReferences.filter((r) => r.span.start >= span.start && r.span.end <= span.end);
  return patchParagraph(old, text, change, p, span, options, (notes, ignored) =>
    readMarkdownParagraph(text, span, p, references, (offset) => spanIndexAt(ignored, offset) >= 0, markdownMarkerContext(notes)),
  );
}

/** How much longer the text is after the change. */
const lengthChange = (change: TextChange) => change.newText.length - (change.oldEnd - change.start);

/** Moves a span of the old text to the new: after the edit by its length; one holding the edit stretches. */
function spanMover(change: TextChange): (s: Span) => Span {
  const delta = lengthChange(change);
  return (s: Span): Span => (s.start >= change.oldEnd ? { start: s.start + delta, end: s.end + delta } : s.end >= change.oldEnd ? { start: s.start, end: s.end + delta } : s);
}

/** Deep equality of plain data (objects, arrays, numbers, booleans), without building strings. */
function samePlainData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!samePlainData(a[i], b[i])) return false;
    return true;
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) if (!samePlainData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  return true;
}

/** The model with paragraph `p` (now at `span`) read again by `readAgain`, and everything after it moved. */
function patchParagraph(
  old: EssayModel,
  text: string,
  change: TextChange,
  p: number,
  span: Span,
  options: ReviewOptions,
  readAgain: (notes: Note[], ignored: Span[]) => { sentences: Sentence[]; markers: Marker[] },
): EssayModel {
  const delta = lengthChange(change);
  const moveSpan = spanMover(change);
  const moveField = (f: TextField | undefined): TextField | undefined => (f ? { text: f.text, span: moveSpan(f.span) } : undefined);

  // The paragraph, read again; the notes (and so the marker context) are untouched by the edit.
  const notes: Note[] = old.notes.map((n) => ({ ...n, span: moveSpan(n.span), labelSpan: moveSpan(n.labelSpan), textSpan: moveSpan(n.textSpan), citedBy: [] }));
  // Markdown's code, HTML and link spans: the outline is the old one moved, so they just move.
  const ignored = old.ignored?.map(moveSpan);
  const read = readAgain(notes, ignored ?? []);

  const before = <T extends { paragraph: number }>(items: readonly T[]) => items.filter((i) => i.paragraph < p);
  const after = <T extends { paragraph: number }>(items: readonly T[]) => items.filter((i) => i.paragraph > p);
  const sentences = [
    ...before(old.sentences),
    ...read.sentences,
    ...after(old.sentences).map((s) => ({ ...s, span: moveSpan(s.span) })),
  ];
  const markers: Marker[] = [
    ...before(old.markers).map((m) => ({ ...m, sentence: -1, note: -1 })),
    ...read.markers,
    ...after(old.markers).map((m) => ({ ...m, span: moveSpan(m.span), labelSpan: moveSpan(m.labelSpan), sentence: -1, note: -1 })),
  ];
  placeInSentences(markers, sentences);
  linkMarkersToNotes(markers, notes);

  const model: EssayModel = {
    ...old,
    text,
    // No line break was added or removed: later lines just move.
    lines: old.lines instanceof LineIndex ? old.lines.afterEdit(text, change.start, delta) : new LineIndex(text),
    chrome: old.chrome.map(moveSpan),
    sections: old.sections.map((s) => ({ ...s, headingSpan: moveSpan(s.headingSpan), span: moveSpan(s.span) })),
    paragraphs: old.paragraphs.map((para, i) => (i === p ? { ...para, span } : { ...para, span: moveSpan(para.span) })),
    sentences,
    markers,
    notes,
    notesList: old.notesList ? { ...old.notesList, ...(old.notesList.heading ? { heading: moveField(old.notesList.heading) } : {}), span: moveSpan(old.notesList.span) } : undefined,
    ...(ignored ? { ignored } : {}),
    claims: [],
  };
  // Front matter stands before every paragraph but the first, so it never moves; kept as read.
  for (const key of ['title', 'date', 'byline', 'affiliation'] as const) {
    const moved = moveField(old[key]);
    if (moved) model[key] = moved;
  }
  // Claims: the edited paragraph's are found again; the others keep theirs, moved and renumbered.
  const firstSentence = sentences.findIndex((s) => s.paragraph === p);
  const sentenceShift = read.sentences.length - old.sentences.filter((s) => s.paragraph === p).length;
  // The paragraph on its own, its markers numbered by its own sentences.
  const local = { ...model, sentences: read.sentences, markers: markers.filter((m) => m.paragraph === p).map((m) => ({ ...m, sentence: m.sentence - firstSentence })) };
  const fresh = findCitedClaims(local, options).map((c) => ({ ...c, sentence: c.sentence + firstSentence }));
  const claims: Claim[] = [];
  for (const claim of old.claims) {
    const paragraph = old.sentences[claim.sentence].paragraph;
    if (paragraph < p) claims.push(claim);
  }
  for (const claim of fresh) claims.push(claim); // no spread: a paragraph may hold 100,000+ claims
  for (const claim of old.claims) {
    const paragraph = old.sentences[claim.sentence].paragraph;
    if (paragraph > p) claims.push({ ...claim, span: moveSpan(claim.span), sentence: claim.sentence + sentenceShift });
  }
  model.claims = claims;
  return model;
}
