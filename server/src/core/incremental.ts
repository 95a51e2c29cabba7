// Re-reading after a keystroke: when an edit stays inside one paragraph and
// cannot change the essay's structure (plain text: checked here; Markdown: the
// new outline is the old one moved), only that paragraph is read again. What
// stands before it is shared with the last analysis, what stands after it moves
// by the edit's length, and the rules check only what the edit can reach (see
// rules/afterEdit.ts).
import { type Analysis, analyseEssay } from './analyse';
import { findCitedClaims } from './citedClaims';
import { LineIndex } from './lines';
import type { Claim, EssayModel, Marker, Note, Section, Sentence, Span, TextField } from './model';
import type { ReviewOptions } from './options';
import { isChromeLine } from './parse/chrome';
import { isNotesHeading, looksLikeHeading } from './parse/headings';
import { linkMarkersToNotes, placeInSentences } from './parse/linking';
import type { MarkerContext } from './parse/inlineMarkers';
import { markdownMarkerContext, readMarkdownParagraph } from './parse/markdown';
import type { MarkdownOutline } from './parse/markdownOutline';
import { readNoteStart } from './parse/notesList';
import { plainMarkerContext, readPlainParagraph } from './parse/plainParagraph';
import { findingsAfterEdit } from './rules/afterEdit';
import type { Finding } from './rules/rule';
import { trimSpan } from './text/chars';
import { firstAtLeast, spanIndexAt, spanShifter } from './text/spans';
import { blockSpanMover, changeBetween, lengthChange, markSpanMover, type TextChange } from './textChange';

export { changeBetween, type TextChange } from './textChange';

export interface Reanalysis {
  analysis: Analysis;
  /** Whether only the edited paragraph was read again. */
  incremental: boolean;
}

/**
 * The analysis of `text`, reusing `previous` (the same document's analysis with
 * the same options) when the edit allows; otherwise a full analysis. A Markdown
 * essay needs the new text's outline (parsed where the time budget applies).
 * `knownChange`, the edit from `previous`'s text to `text`, spares comparing them again.
 */
export function reanalyse(previous: Analysis | undefined, text: string, options: ReviewOptions, outline?: MarkdownOutline, knownChange?: TextChange): Reanalysis {
  const format = outline ? 'markdown' : 'plain';
  if (previous && previous.model.format === format) {
    const change = knownChange ?? changeBetween(previous.model.text, text);
    if (!change) return { analysis: previous, incremental: true };
    const patched = format === 'plain' ? patchPlainParagraph(previous, text, change, options) : patchMarkdownParagraph(previous, text, change, outline!, options);
    if (patched) return { analysis: outline ? { ...patched, outline } : patched, incremental: true };
  }
  return { analysis: analyseEssay(text, { format, options, outline }), incremental: false };
}

const LINE_BREAK = /[\r\n]/;

const touchesLineBreak = (old: EssayModel, change: TextChange) => LINE_BREAK.test(change.newText) || LINE_BREAK.test(old.text.slice(change.start, change.oldEnd));

/** The paragraph that holds the whole edit, or -1. */
function paragraphHolding(model: EssayModel, change: TextChange): number {
  const paragraphs = model.paragraphs;
  const p = firstAtLeast(paragraphs, change.oldEnd, (para) => para.span.end);
  return p < paragraphs.length && paragraphs[p].span.start <= change.start ? p : -1;
}

/** The analysis after an edit inside one paragraph, or undefined when the edit may change the essay's structure. */
function patchPlainParagraph(previous: Analysis, text: string, change: TextChange, options: ReviewOptions): Analysis | undefined {
  const old = previous.model;
  // A line break added or removed can split or join blocks: read it all again.
  if (touchesLineBreak(old, change)) return undefined;
  const p = paragraphHolding(old, change);
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
  if (readNoteStart(firstLine, { start: 0, end: firstLine.length }, 'bracket')) return undefined;
  return patchParagraph(previous, text, change, p, span, options, (notes) => readPlainParagraph(text, span, p, markerContextOf(notes, plainMarkerContext)));
}

/**
 * The Markdown model after an edit inside one prose block, when the new outline
 * is the old one with every span after the edit moved: the block structure,
 * footnote references, code and links are all as they were.
 */
function patchMarkdownParagraph(previous: Analysis, text: string, change: TextChange, outline: MarkdownOutline, options: ReviewOptions): Analysis | undefined {
  const old = previous.model;
  if (!previous.outline || touchesLineBreak(old, change)) return undefined;
  const p = paragraphHolding(old, change);
  if (p < 0) return undefined;
  const move = blockSpanMover(change);
  if (!sameWithSpansMoved(previous.outline, outline, move)) return undefined;
  const oldSpan = old.paragraphs[p].span;
  const span = move(oldSpan);
  // A block keeps its trailing spaces, a section ends at the last word: an edit among the spaces,
  // or one that adds or removes spaces at the ends, goes the long way.
  const before = trimSpan(old.text, oldSpan.start, oldSpan.end);
  const after = trimSpan(text, span.start, span.end);
  const delta = lengthChange(change);
  if (change.start < before.start || change.oldEnd > before.end || after.start !== before.start || after.end !== before.end + delta) return undefined;
  const referenceStart = (r: { span: Span }) => r.span.start;
  const references = outline.footnoteReferences
    .slice(firstAtLeast(outline.footnoteReferences, span.start, referenceStart), firstAtLeast(outline.footnoteReferences, span.end, referenceStart))
    .filter((r) => r.span.end <= span.end);
  return patchParagraph(previous, text, change, p, span, options, (notes, ignored) =>
    readMarkdownParagraph(text, span, p, references, (offset) => spanIndexAt(ignored, offset) >= 0, markerContextOf(notes, markdownMarkerContext)),
  );
}

/**
 * Deep equality of plain data (objects, arrays, numbers, booleans), where each
 * span of `old` (an object of just `start` and `end`) is compared after `move`.
 */
function sameWithSpansMoved(old: unknown, now: unknown, move: (s: Span) => Span): boolean {
  if (old === now) return true;
  if (typeof old !== 'object' || typeof now !== 'object' || old === null || now === null) return false;
  if (Array.isArray(old)) {
    if (!Array.isArray(now) || old.length !== now.length) return false;
    for (let i = 0; i < old.length; i++) if (!sameWithSpansMoved(old[i], now[i], move)) return false;
    return true;
  }
  const keys = Object.keys(old);
  if (keys.length !== Object.keys(now).length) return false;
  if (keys.length === 2 && isSpan(old) && isSpan(now)) {
    const moved = move(old);
    return moved.start === now.start && moved.end === now.end;
  }
  for (const key of keys) if (!sameWithSpansMoved((old as Record<string, unknown>)[key], (now as Record<string, unknown>)[key], move)) return false;
  return true;
}

const isSpan = (value: object): value is Span => typeof (value as Span).start === 'number' && typeof (value as Span).end === 'number';

/**
 * Each notes list's marker context, carried from edit to edit: an edit inside a
 * paragraph never changes which notes exist, and building the context reads every note.
 */
const markerContexts = new WeakMap<readonly Note[], MarkerContext>();

function markerContextOf(notes: readonly Note[], build: (notes: readonly Note[]) => MarkerContext): MarkerContext {
  let context = markerContexts.get(notes);
  if (!context) markerContexts.set(notes, (context = build(notes)));
  return context;
}

/**
 * The analysis with paragraph `p` (now at `span`) read again by `readAgain`.
 * What stands before the paragraph is shared with `previous`; what stands
 * after it moves by the edit's length. Nothing of `previous` is changed.
 */
function patchParagraph(
  previous: Analysis,
  text: string,
  change: TextChange,
  p: number,
  span: Span,
  options: ReviewOptions,
  readAgain: (notes: Note[], ignored: Span[]) => { sentences: Sentence[]; markers: Marker[] },
): Analysis {
  const old = previous.model;
  const delta = lengthChange(change);
  const moveBlock = blockSpanMover(change);
  const moveMark = markSpanMover(change);
  // Everything after the paragraph lies after the edit.
  const shift = spanShifter(delta);
  const moveField = (f: TextField | undefined): TextField | undefined => (f ? { text: f.text, span: moveBlock(f.span) } : undefined);

  // Markdown's code, HTML and link spans: the outline is the old one moved, so they just move.
  const ignored = old.ignored && movedSorted(old.ignored, change, moveBlock);
  const read = readAgain(old.notes, ignored ?? []);

  // The paragraph's sentences, markers and claims are replaced; those before it stay, those after move.
  const paragraphOf = (item: { paragraph: number }) => item.paragraph;
  const s0 = firstAtLeast(old.sentences, p, paragraphOf);
  const s1 = firstAtLeast(old.sentences, p + 1, paragraphOf);
  const sentenceShift = read.sentences.length - (s1 - s0);
  const sentences = old.sentences.slice(0, s0);
  for (const sentence of read.sentences) sentences.push(sentence);
  for (let i = s1; i < old.sentences.length; i++) sentences.push({ span: shift(old.sentences[i].span), paragraph: old.sentences[i].paragraph });

  const m0 = firstAtLeast(old.markers, p, paragraphOf);
  const m1 = firstAtLeast(old.markers, p + 1, paragraphOf);
  placeInSentences(read.markers, read.sentences);
  for (const marker of read.markers) if (marker.sentence >= 0) marker.sentence += s0;
  const markersKept = sameMarkersMoved(old.markers.slice(m0, m1), read.markers, change, moveMark);
  let markers: Marker[];
  let notes: Note[];
  if (markersKept) {
    // The same labels in the same places: every marker keeps its note, every note its citations.
    read.markers.forEach((marker, i) => (marker.note = old.markers[m0 + i].note));
    markers = old.markers.slice(0, m0);
    for (const marker of read.markers) markers.push(marker);
    for (let i = m1; i < old.markers.length; i++) {
      const m = old.markers[i];
      markers.push({ label: m.label, span: shift(m.span), labelSpan: shift(m.labelSpan), sentence: m.sentence >= 0 ? m.sentence + sentenceShift : -1, paragraph: m.paragraph, note: m.note });
    }
    notes = old.notes.map((n) => (n.span.start >= change.oldEnd ? shiftedNote(n, shift) : n));
  } else {
    // Links are made again from scratch, on copies: `previous` keeps its own.
    notes = old.notes.map((n) => ({ ...n, span: moveBlock(n.span), labelSpan: moveBlock(n.labelSpan), textSpan: moveBlock(n.textSpan), citedBy: [] }));
    markers = [
      ...old.markers.slice(0, m0).map((m) => ({ ...m, sentence: -1, note: -1 })),
      ...read.markers,
      ...old.markers.slice(m1).map((m) => ({ ...m, span: shift(m.span), labelSpan: shift(m.labelSpan), sentence: -1, note: -1 })),
    ];
    placeInSentences(markers, sentences);
    linkMarkersToNotes(markers, notes);
  }
  const context = markerContexts.get(old.notes);
  if (context) markerContexts.set(notes, context);

  const model: EssayModel = {
    ...old,
    text,
    // No line break was added or removed: later lines just move.
    lines: old.lines instanceof LineIndex ? old.lines.afterEdit(text, change.start, delta) : new LineIndex(text),
    chrome: old.chrome.map(moveBlock),
    sections: old.sections.map((s) => movedSection(s, moveBlock)),
    paragraphs: old.paragraphs.map((para, i) => (i < p ? para : i === p ? { ...para, span } : { span: shift(para.span), section: para.section })),
    sentences,
    markers,
    notes,
    notesList: old.notesList ? { ...old.notesList, ...(old.notesList.heading ? { heading: moveField(old.notesList.heading) } : {}), span: moveBlock(old.notesList.span) } : undefined,
    ...(ignored ? { ignored } : {}),
    claims: [],
  };
  // Front matter stands before every paragraph but the first, so it never moves; kept as read.
  for (const key of ['title', 'date', 'byline', 'affiliation'] as const) {
    const moved = moveField(old[key]);
    if (moved) model[key] = moved;
  }

  // Claims: the edited paragraph's are found again; the others keep theirs, moved and renumbered.
  // The paragraph on its own, its markers numbered by its own sentences.
  const local = { ...model, sentences: read.sentences, markers: markers.slice(m0, m0 + read.markers.length).map((m) => ({ ...m, sentence: m.sentence >= 0 ? m.sentence - s0 : -1 })) };
  const fresh = findCitedClaims(local, options).map((c) => ({ ...c, sentence: c.sentence + s0 }));
  const sentenceOf = (claim: Claim) => claim.sentence;
  const c0 = firstAtLeast(old.claims, s0, sentenceOf);
  const c1 = firstAtLeast(old.claims, s1, sentenceOf);
  const claims = old.claims.slice(0, c0);
  for (const claim of fresh) claims.push(claim); // no spread: a paragraph may hold 100,000+ claims
  for (let i = c1; i < old.claims.length; i++) {
    const claim = old.claims[i];
    claims.push(movedClaim(claim, shift, sentenceShift));
  }
  model.claims = claims;
  const findings: Finding[] = findingsAfterEdit(previous.findings, model, options, { oldSpan: old.paragraphs[p].span, claims: fresh, markersKept, change });
  return { model, findings };
}

/** Whether the paragraph's new markers are its old ones, each before or after the edit and moved with it. */
function sameMarkersMoved(before: readonly Marker[], after: readonly Marker[], change: TextChange, move: (s: Span) => Span): boolean {
  if (before.length !== after.length) return false;
  for (let i = 0; i < before.length; i++) {
    const a = before[i];
    const b = after[i];
    if (a.span.end > change.start && a.span.start < change.oldEnd) return false; // the edit is inside the marker
    const span = move(a.span);
    const labelSpan = move(a.labelSpan);
    if (a.label !== b.label || span.start !== b.span.start || span.end !== b.span.end || labelSpan.start !== b.labelSpan.start || labelSpan.end !== b.labelSpan.end) return false;
  }
  return true;
}

/** A sorted list of spans after the edit: those before it shared, the rest moved. */
function movedSorted(spans: readonly Span[], change: TextChange, move: (s: Span) => Span): Span[] {
  const firstTouched = firstAtLeast(spans, change.start, (s) => s.end);
  const moved = spans.slice(0, firstTouched);
  for (let i = firstTouched; i < spans.length; i++) moved.push(move(spans[i]));
  return moved;
}

/** The section moved by `move`; one the edit does not reach is shared (a spread per section costs a tenth of a keystroke). */
function movedSection(section: Section, move: (s: Span) => Span): Section {
  const headingSpan = move(section.headingSpan);
  const span = move(section.span);
  return headingSpan === section.headingSpan && span === section.span ? section : { title: section.title, level: section.level, headingSpan, span };
}

/** The claim moved by `shift` and renumbered, built field by field like notes. */
function movedClaim(claim: Claim, shift: (s: Span) => Span, sentenceShift: number): Claim {
  const moved: Claim = { kind: claim.kind, text: claim.text, span: shift(claim.span), sentence: claim.sentence + sentenceShift, cited: claim.cited, citedBy: claim.citedBy };
  if (claim.ignored !== undefined) moved.ignored = claim.ignored;
  return moved;
}

/** The note moved by `shift`, built field by field (a spread of a note costs more than the rest of a keystroke's moves). */
function shiftedNote(note: Note, shift: (s: Span) => Span): Note {
  const moved: Note = { label: note.label, text: note.text, span: shift(note.span), labelSpan: shift(note.labelSpan), textSpan: shift(note.textSpan), citedBy: note.citedBy };
  if ('source' in note) moved.source = note.source;
  return moved;
}
