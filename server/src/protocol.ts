// Custom requests for the client's tree views, declared once and imported by
// both sides. Ranges are LSP ranges (0-based lines, UTF-16 characters).
import { RequestType } from 'vscode-languageserver-protocol';
import type { Range, TextDocumentIdentifier } from 'vscode-languageserver-protocol';

export interface EssayTreeParams {
  textDocument: TextDocumentIdentifier;
}

/** A section of the essay, in document order; `level` says how they nest (1 is the top). */
export interface SectionItem {
  title: string;
  level: number;
  /** The whole section, heading to just before the next heading of the same or a higher level. */
  range: Range;
  headingRange: Range;
  /** Statistical claims in the section, including its subsections. */
  claimCount: number;
  /** uncited-claim findings in the section, including its subsections (with the current settings). */
  uncitedCount: number;
}

export interface SectionsResult {
  title?: string;
  sections: SectionItem[];
}

export interface CitationItem {
  /** The marker as written, e.g. `[9]` or `[3, 4]`. */
  range: Range;
  /** The citing sentence, folded to one line. */
  sentence: string;
  sentenceRange: Range;
}

export interface NoteItem {
  label: string;
  /** The note's text shortened to one line for a tree row. */
  shortText: string;
  /** The cited work in a few words for a tree row, "author — title" (or the short text when the note is not understood). */
  sourceLine: string;
  text: string;
  range: Range;
  labelRange: Range;
  citations: CitationItem[];
}

/** A marker whose note does not exist. */
export interface UndefinedMarkerItem {
  label: string;
  range: Range;
  sentence: string;
}

export interface NotesResult {
  notes: NoteItem[];
  undefinedMarkers: UndefinedMarkerItem[];
}

/** Sections with their claim counts; null when the server does not have the document open. */
export const SectionsRequest = new RequestType<EssayTreeParams, SectionsResult | null, void>('policyReview/sections');

/** Notes with their citations, and markers with no note; null when the document is not open. */
export const NotesRequest = new RequestType<EssayTreeParams, NotesResult | null, void>('policyReview/notes');

/** What the server holds of a document, in brief: a client can check that incremental sync kept both copies equal. */
export interface TextDigest {
  version: number;
  length: number;
  /** SHA-256 of the text's UTF-16 code units (little-endian): lossless, lone surrogates included. */
  sha256: string;
}

export const TextDigestRequest = new RequestType<EssayTreeParams, TextDigest | null, void>('policyReview/textDigest');
