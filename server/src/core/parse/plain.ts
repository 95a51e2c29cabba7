import { LineIndex } from '../lines';
import type { EssayModel, Note, Paragraph, Section, Span } from '../model';
import { trimmedEnd, trimSpan, trimmedText } from '../text/chars';
import { isChromeBlock } from './chrome';
import { readFrontMatter } from './frontMatter';
import { HEADING_NUMBERINGS, type HeadingNumbering, headingNumbering, isNotesHeading, looksLikeHeading } from './headings';
import { linkMarkersToNotes, placeInSentences } from './linking';
import { findNotesList, readNoteStart } from './notesList';
import { type Block, BlockList } from './plainLines';
import { appendPlainParagraph, type PlainParagraphContent, plainMarkerContext } from './plainParagraph';

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
  const blocks = BlockList.read(text, index);
  const lineText = (start: number, end: number) => trimmedText(text, start, end);
  const chrome: Span[] = [];

  // Front matter: the short lines above the first paragraph.
  let bodyStart = 0;
  const frontBlocks: Block[] = [];
  let lastFrontIndex = -1;
  for (; bodyStart < blocks.length && bodyStart < MAX_FRONT_MATTER_BLOCKS; bodyStart++) {
    const block = blocks.at(bodyStart);
    if (isChromeBlock(text, block)) {
      chrome.push({ start: block.start, end: block.end });
      continue;
    }
    const proseAt = block.lines.findIndex((l) => isProseLine(lineText(l.start, l.end)));
    if (proseAt > 0) {
      // "Title\nLong description…": the title stays front matter, the rest is body.
      blocks.split(bodyStart, proseAt);
      frontBlocks.push(blocks.at(bodyStart));
      lastFrontIndex = bodyStart;
      bodyStart++;
      break;
    }
    if (proseAt === 0 || block.lineCount > 6 || readNoteStart(text, block.line(0), 'bracket')) break;
    if (isNotesHeading(lineText(block.start, block.end))) break;
    // "一、…", "（一）…", "1. …" under the title: the body's first numbered heading.
    if (frontBlocks.length > 0 && block.lineCount === 1 && isNumberedHeading(lineText(block.start, block.end))) break;
    frontBlocks.push(block);
    lastFrontIndex = bodyStart;
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
    const followsTitle = frontBlocks.length === 2 && frontBlocks[0].lineCount === 1;
    if (lastFront.lineCount === 1 && looksLikeHeading(lastText) && (OPENING_SECTIONS.test(lastText) || followsTitle)) {
      frontBlocks.pop();
      bodyStart = lastFrontIndex;
    }
  }
  const front = readFrontMatter(text, frontBlocks.flatMap((b) => b.lines));

  const notesList = findNotesList(text, blocks, bodyStart);
  let bodyEnd = notesList ? notesList.firstBlock : blocks.length;
  const notes: Note[] = notesList ? notesList.notes : [];
  for (let b = notesList ? blocks.length - 1 : -1; notesList && b >= bodyEnd; b--) {
    const block = blocks.at(b);
    if (isChromeBlock(text, block)) chrome.push({ start: block.start, end: block.end });
  }

  const markerContext = plainMarkerContext(notes);

  const sections: Section[] = [];
  const numberings: (HeadingNumbering | undefined)[] = [];
  const paragraphs: Paragraph[] = [];
  const body: PlainParagraphContent = { sentences: [], markers: [] };
  const { sentences, markers } = body;
  for (let b = bodyStart; b < bodyEnd; b++) {
    const block = blocks.at(b);
    const content = lineText(block.start, block.end);
    if (isChromeBlock(text, block)) {
      chrome.push({ start: block.start, end: block.end });
      continue;
    }
    const isLast = b === bodyEnd - 1;
    if (block.lineCount === 1 && !isLast && looksLikeHeading(content)) {
      const headingSpan = trimSpan(text, block.start, block.end);
      sections.push({ title: content, level: PLAIN_HEADING_LEVEL, headingSpan, span: { ...headingSpan } });
      numberings.push(headingNumbering(content));
      continue;
    }
    const paragraphIndex = paragraphs.length;
    const span = trimSpan(text, block.start, block.end);
    paragraphs.push({ span, section: sections.length - 1 });
    appendPlainParagraph(body, text, span, paragraphIndex, markerContext);
  }

  assignNumberedLevels(sections, numberings);
  // A section runs to the next heading of the same or a higher level, or to the end of the body.
  const bodyEndOffset = bodyEnd > bodyStart ? blocks.at(bodyEnd - 1).end : 0;
  sections.forEach((section, i) => {
    // Searched in place: copying the rest of the list for every section is quadratic.
    let next: Section | undefined;
    for (let j = i + 1; j < sections.length && !next; j++) if (sections[j].level <= section.level) next = sections[j];
    section.span.end = next ? trimmedEnd(text, section.headingSpan.start, next.headingSpan.start) : bodyEndOffset;
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

/**
 * Numbered headings nest as the numbering does (`一、` over `（一）` over `1.`
 * over `（1）`); the highest numbering the essay uses sits at the plain heading
 * level, and unnumbered headings stay there too.
 */
function assignNumberedLevels(sections: Section[], numberings: (HeadingNumbering | undefined)[]): void {
  const used = HEADING_NUMBERINGS.filter((n) => numberings.includes(n));
  sections.forEach((section, i) => {
    const numbering = numberings[i];
    if (numbering) section.level = PLAIN_HEADING_LEVEL + used.indexOf(numbering);
  });
}

function isNumberedHeading(line: string): boolean {
  return headingNumbering(line) !== undefined && looksLikeHeading(line);
}

/** Chinese prose: a full stop, exclamation or question mark after a clause of some length. */
const HAN_PROSE = /^[^\p{Script=Han}]*\p{Script=Han}.{6,}[。！？]/u; // anchored at the first Han character: linear

/** A note number glued after a full stop that cannot be a decimal: `¹`, `①` (㉑–㊿ too). */
const GLUED_SYMBOL_MARKER = '(?:[¹²³⁴-⁹]{1,3}|[①-⑳㉑-㉟㊱-㊿])';
/** Any note number glued after a full stop, `1` too. */
const GLUED_MARKER = `(?:\\d{1,3}|${GLUED_SYMBOL_MARKER})`;
const TWO_SENTENCES = new RegExp(`\\p{Ll}[.!?]["”’)]?${GLUED_MARKER}?\\s+\\p{Lu}`, 'u');
/** A full stop at the end of a line; a glued ASCII number only after a word (`percent.1`, not the decimal `146.8`). */
const SENTENCE_END = new RegExp(`(?:\\.["”’)]?${GLUED_SYMBOL_MARKER}?|\\p{L}\\.["”’)]?\\d{1,3})$`, 'u');

/** A line of running text rather than a title, date or byline. */
function isProseLine(line: string): boolean {
  if (line.length > 120) return true;
  if (HAN_PROSE.test(line)) return true;
  if (/[[［【〔]\s*[\d０-９]/.test(line)) return true; // a footnote marker
  // Two sentences on one line are prose ("As shown. In 1999 it fell.").
  // A note number may stand glued after the full stop ("objectives.1 Imports", "trade.¹ Imports", "trade.① Imports").
  if (TWO_SENTENCES.test(line)) return true;
  // A full stop after a few words is a sentence, a note number glued after it too ("Imports fell.¹");
  // "Washington, D.C." ends in initials, not a full stop.
  const words = line.split(/\s+/);
  return SENTENCE_END.test(line) && words.length >= 4 && !/^(?:\p{Lu}\.)+$/u.test(words[words.length - 1]);
}
