// The essay model: what a reader (plain or Markdown) makes of one document version.
// Offsets are UTF-16 code units into the document text; spans are half-open.
// Nothing here knows about editors or the LSP connection.

import type { NoteSource } from './sources/noteSource';

export interface Span {
  start: number;
  end: number;
}

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type EssayFormat = 'plain' | 'markdown';

export type ClaimKind = 'percent' | 'money' | 'count' | 'measure' | 'change' | 'rank' | 'other';

export const CLAIM_KINDS: readonly ClaimKind[] = ['percent', 'money', 'count', 'measure', 'change', 'rank', 'other'];

/** A piece of front matter (title, date, byline) with where it stands. */
export interface TextField {
  text: string;
  span: Span;
}

export interface Section {
  title: string;
  /** 1 is the top; untagged plain-text headings are level 2 under the essay title. */
  level: number;
  headingSpan: Span;
  /** From the heading to just before the next heading of the same or a higher level. */
  span: Span;
}

export interface Paragraph {
  span: Span;
  /** Index of the section this paragraph belongs to, or -1 before the first heading. */
  section: number;
}

export interface Sentence {
  span: Span;
  paragraph: number;
}

export interface Marker {
  label: string;
  /** The whole bracket (or group) as written: `[9]`, `[3, 4]`, `[^note]`. */
  span: Span;
  /** Just this label's characters inside the marker (the part a rename rewrites). */
  labelSpan: Span;
  sentence: number;
  paragraph: number;
  /** Index into `notes` of the first note with this label, or -1 when none exists. */
  note: number;
}

export interface Note {
  label: string;
  /** The note's text with line breaks folded to single spaces. */
  text: string;
  /** The whole note including its label. */
  span: Span;
  labelSpan: Span;
  textSpan: Span;
  /** Indices into `markers` of the markers that cite this note, in document order. */
  citedBy: number[];
  /** The note read as a citation (set by `analyseEssay`). */
  source?: NoteSource;
}

export interface Claim {
  kind: ClaimKind;
  text: string;
  span: Span;
  sentence: number;
  cited: boolean;
  /** Labels of the notes cited in scope, in document order, without repeats. */
  citedBy: string[];
  /** The editor said not to report it (an ignore comment, an ignore-list entry, `[citation needed]`). */
  ignored?: boolean;
}

export interface NotesList {
  /** The heading above the list ("Notes", "References"), when there is one. */
  heading?: TextField;
  span: Span;
}

export interface EssayModel {
  format: EssayFormat;
  text: string;
  lines: LineIndexLike;
  title?: TextField;
  date?: TextField;
  byline?: TextField;
  affiliation?: TextField;
  /** Site chrome ("Back to Top", language pickers): neither body nor headings. */
  chrome: Span[];
  sections: Section[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  markers: Marker[];
  notes: Note[];
  notesList?: NotesList;
  /** Body spans that are not prose (inline code, HTML, link destinations): no claims there. */
  ignored?: Span[];
  claims: Claim[];
}

/** Offset <-> position conversion; implemented by `LineIndex` in lines.ts. */
export interface LineIndexLike {
  readonly lineCount: number;
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
  rangeOf(span: Span): Range;
}
