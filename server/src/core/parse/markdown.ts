import { LineIndex } from '../lines';
import type { EssayModel, Marker, Note, Paragraph, Section, Sentence, Span, TextField } from '../model';
import { appendSentences } from '../sentences';
import { foldSpaces, trimmedEnd, trimSpan } from '../text/chars';
import { spanIndexAt } from '../text/spans';
import { isNotesHeading } from './headings';
import { appendMarkerAt, type MarkerContext, mayStartMarker, newMarker } from './inlineMarkers';
import { labelKey, linkMarkersToNotes, placeInSentences } from './linking';
import type { MarkdownOutline, OutlineHeading } from './markdownOutline';
import { noteLabel, readNoteStart } from './notesList';
import { lineAt } from './plainLines';
import type { YamlFrontMatter } from './yamlFrontMatter';

/** Longest `[^label]` looked at when it is plain text (no definition): keeps the scan linear. */
const MAX_FOOTNOTE_LABEL = 100;

/**
 * Builds the essay model of a Markdown essay from its outline (one remark parse)
 * and the text. GFM footnotes, and `[1]` markers with a notes list under a
 * Notes heading, both become markers and notes.
 */
export function readMarkdownEssay(text: string, outline: MarkdownOutline, front: YamlFrontMatter | undefined): EssayModel {
  const index = new LineIndex(text);
  const ignored = ignoredSpans(outline);
  const isIgnored = (offset: number) => spanIndexAt(ignored, offset) >= 0;

  // The title: front matter first, else a lone `#` heading standing first.
  let title: TextField | undefined = front?.title;
  let headings = outline.headings;
  const depthOne = headings.filter((h) => h.depth === 1);
  const firstProse = outline.proseBlocks[0]?.start ?? Infinity;
  if (!title && depthOne.length === 1 && headings[0] === depthOne[0] && headings[0].span.start < firstProse) {
    title = field(text, headings[0].textSpan);
    headings = headings.slice(1);
  }

  // Notes: GFM footnote definitions, plus a `[1] …` / `1. …` list under a Notes heading.
  const notes: Note[] = outline.footnoteDefinitions.map((def) => {
    const textSpan = trimSpan(text, def.contentSpan.start, def.contentSpan.end);
    return {
      label: text.slice(def.labelSpan.start, def.labelSpan.end),
      text: foldSpaces(text.slice(textSpan.start, textSpan.end)),
      span: def.span,
      labelSpan: def.labelSpan,
      textSpan,
      citedBy: [],
    };
  });
  const notesRegion = findNotesRegion(text, index, headings, outline);
  // One push per item: spreading 100,000+ notes into push() overflows the stack.
  for (const note of notesRegion?.notes ?? []) notes.push(note);
  notes.sort((a, b) => a.span.start - b.span.start);
  const notesHeading = notesRegion?.heading;
  const inNotesRegion = (span: Span) => notesRegion !== undefined && span.start >= notesRegion.span.start && span.end <= notesRegion.span.end;

  const sections: Section[] = headings
    .filter((h) => h !== notesHeading)
    .map((h) => ({ title: foldSpaces(text.slice(h.textSpan.start, h.textSpan.end)), level: h.depth, headingSpan: h.span, span: { ...h.span } }));
  const bodyEnd = notesRegion ? notesRegion.span.start : trimSpan(text, 0, text.length).end;
  sections.forEach((section, i) => {
    // Searched in place: copying the rest of the list for every section is quadratic.
    let next: (typeof sections)[number] | undefined;
    for (let j = i + 1; j < sections.length && !next; j++) if (sections[j].level <= section.level) next = sections[j];
    section.span.end = next ? trimmedEnd(text, section.headingSpan.start, next.headingSpan.start) : Math.max(bodyEnd, section.headingSpan.end);
  });

  const markerContext = markdownMarkerContext(notes);
  const references = outline.footnoteReferences;
  let nextReference = 0;
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const markers: Marker[] = [];
  let sectionIndex = -1;
  for (const block of outline.proseBlocks) {
    if (inNotesRegion(block)) continue;
    while (sectionIndex + 1 < sections.length && sections[sectionIndex + 1].headingSpan.start <= block.start) sectionIndex++;
    const paragraph = paragraphs.length;
    paragraphs.push({ span: block, section: sectionIndex });
    while (nextReference < references.length && references[nextReference].span.start < block.start) nextReference++;
    const first = nextReference;
    while (nextReference < references.length && references[nextReference].span.end <= block.end) nextReference++;
    const read = readMarkdownParagraph(text, block, paragraph, references.slice(first, nextReference), isIgnored, markerContext);
    // No spread: a block may hold 100,000+ markers.
    for (const marker of read.markers) markers.push(marker);
    for (const sentence of read.sentences) sentences.push(sentence);
  }

  placeInSentences(markers, sentences);
  linkMarkersToNotes(markers, notes);

  return {
    format: 'markdown',
    text,
    lines: index,
    title,
    date: front?.date,
    byline: front?.byline,
    chrome: [],
    sections,
    paragraphs,
    sentences,
    markers,
    notes,
    notesList: notesRegion
      ? { heading: notesHeading ? field(text, notesHeading.textSpan) : undefined, span: notesRegion.span }
      : notes.length > 0
        ? { span: { start: notes[0].span.start, end: notes[notes.length - 1].span.end } }
        : undefined,
    ignored,
    claims: [],
  };
}

/** Markers may stand for any note the essay has, by label. */
export function markdownMarkerContext(notes: readonly Note[]): MarkerContext {
  const noteKeys = new Set(notes.map((n) => labelKey(n.label)));
  return { hasNote: (label) => noteKeys.has(label) };
}

/**
 * One prose block's sentences and markers, in order: footnote references (as
 * remark found them: `references` are those inside the block), `[^x]` left as
 * text, and `[1]`-style markers.
 */
export function readMarkdownParagraph(
  text: string,
  block: Span,
  paragraph: number,
  references: readonly { span: Span; labelSpan: Span }[],
  isIgnored: (offset: number) => boolean,
  markerContext: MarkerContext,
): { sentences: Sentence[]; markers: Marker[] } {
  const found: Marker[] = [];
  const referenceStarts = new Set<number>();
  for (const ref of references) {
    referenceStarts.add(ref.span.start);
    found.push(newMarker(text.slice(ref.labelSpan.start, ref.labelSpan.end), ref.span, ref.labelSpan, paragraph));
  }
  for (let i = block.start; i < block.end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x5b /* [ */ && !mayStartMarker(code)) continue;
    // `<sup>1</sup>` is inline HTML, so it lies in an ignored span: read it first.
    if (referenceStarts.has(i) || (code !== 0x3c && isIgnored(i))) continue;
    if (code === 0x5b && text[i + 1] === '^') {
      const close = findClose(text, i + 2, block.end);
      if (close > i + 2) {
        found.push(newMarker(text.slice(i + 2, close), { start: i, end: close + 1 }, { start: i + 2, end: close }, paragraph));
        i = close;
      }
      continue;
    }
    const end = appendMarkerAt(found, text, i, block.end, markerContext, paragraph);
    if (end >= 0) i = end - 1;
  }
  found.sort((a, b) => a.span.start - b.span.start);

  const markerEnds = new Map(found.map((m) => [m.span.start, m.span.end]));
  const skipMarkers = (at: number) => {
    let end = at;
    for (let next = markerEnds.get(end); next !== undefined; next = markerEnds.get(end)) end = next;
    return end;
  };
  const sentences: Sentence[] = [];
  appendSentences(sentences, text, block, paragraph, skipMarkers);
  return { sentences, markers: found };
}

function field(text: string, span: Span): TextField {
  return { text: foldSpaces(text.slice(span.start, span.end)), span };
}

/** The `]` closing a footnote label that starts at `from`, or -1; labels hold no spaces or brackets. */
function findClose(text: string, from: number, end: number): number {
  const limit = Math.min(end, from + MAX_FOOTNOTE_LABEL);
  for (let i = from; i < limit; i++) {
    const c = text[i];
    if (c === ']') return i;
    if (c === '[' || c === ' ' || c === '\t' || c === '\n' || c === '\r') return -1;
  }
  return -1;
}

/** Where no marker or claim is read: code, HTML, link destinations, link references. */
export function ignoredSpans(outline: MarkdownOutline): Span[] {
  return mergeSpans([...outline.ignored, ...outline.linkReferences]);
}

/** Overlapping or touching spans merged, sorted. */
function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}


interface NotesRegion {
  heading: OutlineHeading;
  span: Span;
  notes: Note[];
}

/**
 * A Notes/References heading followed by an ordered list or by `[1] text`
 * lines: the notes of an essay that uses plain `[1]` markers in Markdown.
 */
function findNotesRegion(text: string, index: LineIndex, headings: OutlineHeading[], outline: MarkdownOutline): NotesRegion | undefined {
  for (let h = headings.length - 1; h >= 0; h--) {
    const heading = headings[h];
    if (!isNotesHeading(foldSpaces(text.slice(heading.textSpan.start, heading.textSpan.end)))) continue;
    const next = headings.slice(h + 1).find((other) => other.depth <= heading.depth);
    const regionEnd = next ? next.span.start : text.length;
    const within = (span: Span) => span.start >= heading.span.end && span.end <= regionEnd;
    const notes: Note[] = [];
    const list = outline.lists.find((l) => l.ordered && within(l.span));
    if (list) {
      for (const item of list.items) {
        const labelMatch = /^\s*(\d{1,5})[.)]/.exec(text.slice(item.span.start, item.span.start + 12));
        if (!labelMatch) continue;
        const labelStart = item.span.start + labelMatch[0].indexOf(labelMatch[1]);
        const labelSpan = { start: labelStart, end: labelStart + labelMatch[1].length };
        const textSpan = trimSpan(text, item.contentSpan.start, item.contentSpan.end);
        notes.push({ label: String(Number(labelMatch[1])), text: foldSpaces(text.slice(textSpan.start, textSpan.end)), span: item.span, labelSpan, textSpan, citedBy: [] });
      }
    } else {
      // `[1] text` lines in paragraphs under the heading, read like the plain-text notes list.
      for (const block of outline.proseBlocks.filter(within)) {
        let current: Note | undefined;
        for (let n = index.lineOf(block.start), last = index.lineOf(block.end); n <= last; n++) {
          const line = lineAt(index, n);
          const start = readNoteStart(text, line, 'bracket');
          if (start) {
            current = {
              label: noteLabel(text, start.labelSpan),
              text: '',
              span: { start: start.start, end: line.end },
              labelSpan: start.labelSpan,
              textSpan: { start: start.textStart, end: line.end },
              citedBy: [],
            };
            notes.push(current);
          } else if (current) {
            current.span.end = line.end;
            current.textSpan.end = line.end;
          }
        }
      }
      for (const note of notes) note.text = foldSpaces(text.slice(note.textSpan.start, note.textSpan.end));
    }
    const hasDefinitions = outline.footnoteDefinitions.some((d) => within(d.span));
    if (notes.length === 0 && !hasDefinitions) continue;
    return { heading, span: { start: heading.span.start, end: trimmedEnd(text, heading.span.start, regionEnd) }, notes };
  }
  return undefined;
}
