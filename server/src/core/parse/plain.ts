import { LineIndex } from '../lines';
import type { EssayModel, Marker, Note, Paragraph, Section, Sentence, Span } from '../model';
import { splitSentences } from '../sentences';
import { trimSpan } from '../text/chars';
import { readBracketMarker, skipMarkerCluster } from './bracketMarkers';
import { isChromeLine } from './chrome';
import { readFrontMatter } from './frontMatter';
import { isNotesHeading, looksLikeHeading } from './headings';
import { linkMarkersToNotes, placeInSentences } from './linking';
import { findNotesList, readNoteStart } from './notesList';
import { type Block, groupBlocks, readLines } from './plainLines';

/** Plain-text headings sit under the essay's title, which is level 1. */
const PLAIN_HEADING_LEVEL = 2;
/** Front matter is a handful of short lines; past this many blocks it is body. */
const MAX_FRONT_MATTER_BLOCKS = 8;
const OPENING_SECTIONS = /^(?:introduction|summary|executive summary|overview|abstract|background|key points|key findings)$/i;

/**
 * Reads a plain-text essay as exported from a think-tank web page: chrome, front
 * matter, untagged headings, paragraphs and sentences, `[9]` markers and the
 * notes list at the end. Claims are added by `analyseEssay`.
 */
export function readPlainEssay(text: string): EssayModel {
  const index = new LineIndex(text);
  const lines = readLines(text, index);
  const blocks = groupBlocks(lines);
  const lineText = (start: number, end: number) => {
    const span = trimSpan(text, start, end);
    return text.slice(span.start, span.end);
  };
  const isChromeBlock = (block: Block) => block.lines.every((l) => isChromeLine(lineText(l.start, l.end)));
  const chrome: Span[] = [];

  // Front matter: the short lines above the first paragraph.
  let bodyStart = 0;
  const frontBlocks: Block[] = [];
  for (; bodyStart < blocks.length && bodyStart < MAX_FRONT_MATTER_BLOCKS; bodyStart++) {
    const block = blocks[bodyStart];
    if (isChromeBlock(block)) {
      chrome.push({ start: block.start, end: block.end });
      continue;
    }
    const proseAt = block.lines.findIndex((l) => isProseLine(lineText(l.start, l.end)));
    if (proseAt > 0) {
      // "Title\nLong description…": the title stays front matter, the rest is body.
      const head = block.lines.slice(0, proseAt);
      const tail = block.lines.slice(proseAt);
      frontBlocks.push({ lines: head, start: head[0].start, end: head[head.length - 1].end });
      blocks.splice(bodyStart, 1, frontBlocks[frontBlocks.length - 1], { lines: tail, start: tail[0].start, end: block.end });
      bodyStart++;
      break;
    }
    if (proseAt === 0 || block.lines.length > 6 || readNoteStart(text, block.lines[0], 'bracket')) break;
    if (isNotesHeading(lineText(block.start, block.end))) break;
    frontBlocks.push(block);
  }
  if (bodyStart >= blocks.length || bodyStart === MAX_FRONT_MATTER_BLOCKS) {
    // No paragraph follows: there is no front matter to speak of.
    bodyStart = 0;
    frontBlocks.length = 0;
    chrome.length = 0;
  } else if (frontBlocks.length >= 2) {
    // "Title / Introduction / prose": the line before the first paragraph is a heading.
    const lastFront = frontBlocks[frontBlocks.length - 1];
    const lastText = lineText(lastFront.start, lastFront.end);
    const followsTitle = frontBlocks.length === 2 && frontBlocks[0].lines.length === 1;
    if (lastFront.lines.length === 1 && looksLikeHeading(lastText) && (OPENING_SECTIONS.test(lastText) || followsTitle)) {
      frontBlocks.pop();
      bodyStart = blocks.indexOf(lastFront);
    }
  }
  const front = readFrontMatter(text, frontBlocks.flatMap((b) => b.lines));

  const notesList = findNotesList(text, blocks, bodyStart);
  let bodyEnd = notesList ? notesList.firstBlock : blocks.length;
  const notes: Note[] = notesList ? notesList.notes : [];
  for (let b = notesList ? blocks.length - 1 : -1; notesList && b >= bodyEnd; b--) {
    if (isChromeBlock(blocks[b])) chrome.push({ start: blocks[b].start, end: blocks[b].end });
  }

  const noteLabels = new Set(notes.map((n) => n.label));
  const acceptsLongLabel = (label: string) => noteLabels.has(label);
  const skipMarkers = (at: number) => skipMarkerCluster(text, at, text.length, acceptsLongLabel);

  const sections: Section[] = [];
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const markers: Marker[] = [];
  const bodyBlocks = blocks.slice(bodyStart, bodyEnd);
  bodyBlocks.forEach((block, n) => {
    const content = lineText(block.start, block.end);
    if (isChromeBlock(block)) {
      chrome.push({ start: block.start, end: block.end });
      return;
    }
    const isLast = n === bodyBlocks.length - 1;
    if (block.lines.length === 1 && !isLast && looksLikeHeading(content)) {
      const headingSpan = trimSpan(text, block.start, block.end);
      sections.push({ title: content, level: PLAIN_HEADING_LEVEL, headingSpan, span: { ...headingSpan } });
      return;
    }
    const paragraphIndex = paragraphs.length;
    const span = trimSpan(text, block.start, block.end);
    paragraphs.push({ span, section: sections.length - 1 });
    for (const sentenceSpan of splitSentences(text, span, skipMarkers)) {
      sentences.push({ span: sentenceSpan, paragraph: paragraphIndex });
    }
    for (let i = text.indexOf('[', span.start); i !== -1 && i < span.end; i = text.indexOf('[', i + 1)) {
      const marker = readBracketMarker(text, i, span.end, acceptsLongLabel);
      if (!marker) continue;
      for (const { label, labelSpan } of marker.labels) {
        markers.push({ label, span: marker.span, labelSpan, sentence: -1, paragraph: paragraphIndex, note: -1 });
      }
      i = marker.span.end - 1;
    }
  });

  // A section runs to the next heading, or to the end of the body.
  const lastBodyBlock = bodyBlocks.length > 0 ? bodyBlocks[bodyBlocks.length - 1] : undefined;
  const bodyEndOffset = lastBodyBlock ? lastBodyBlock.end : 0;
  sections.forEach((section, i) => {
    const next = sections[i + 1];
    section.span.end = next ? trimSpan(text, section.headingSpan.start, next.headingSpan.start).end : bodyEndOffset;
  });

  placeInSentences(markers, sentences);
  linkMarkersToNotes(markers, notes);

  chrome.sort((a, b) => a.start - b.start);
  return {
    format: 'plain',
    text,
    lines: index,
    ...front,
    chrome,
    sections,
    paragraphs,
    sentences,
    markers,
    notes,
    notesList: notesList ? { heading: notesList.heading, span: notesList.span } : undefined,
    claims: [],
  };
}

/** A line of running text rather than a title, date or byline. */
function isProseLine(line: string): boolean {
  if (line.length > 120) return true;
  if (/\[\s*\d/.test(line)) return true; // a footnote marker
  // Two sentences on one line are prose ("As shown. In 1999 it fell.").
  if (/\p{Ll}[.!?]["”’)]?\s+\p{Lu}/u.test(line)) return true;
  // A full stop after a few words is a sentence; "Washington, D.C." ends in initials, not a full stop.
  const words = line.split(/\s+/);
  return /\.["”’)]?$/.test(line) && words.length >= 4 && !/^(?:\p{Lu}\.)+$/u.test(words[words.length - 1]);
}
