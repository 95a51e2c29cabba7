import type { Marker, Note, Sentence, Span } from '../model';
import { appendSentences } from '../sentences';
import { appendMarkers, type MarkerContext, skipMarkerCluster } from './inlineMarkers';

/** What a plain-text paragraph needs to know of the rest of the essay: which notes exist. */
export function plainMarkerContext(notes: readonly Note[]): MarkerContext {
  const noteLabels = new Set(notes.map((n) => n.label));
  // Digits glued after punctuation (`objectives.1`) are markers only when the note exists.
  return { hasNote: (label) => noteLabels.has(label), gluedNumbers: notes.length > 0 };
}

/** The sentences and markers of a plain-text essay, or of one of its paragraphs. */
export interface PlainParagraphContent {
  sentences: Sentence[];
  markers: Marker[];
}

/**
 * The sentences and markers of one plain-text paragraph. A paragraph is read on
 * its own, so an edit inside it can be re-read without the rest of the essay.
 */
export function readPlainParagraph(text: string, span: Span, paragraph: number, context: MarkerContext): PlainParagraphContent {
  const read: PlainParagraphContent = { sentences: [], markers: [] };
  appendPlainParagraph(read, text, span, paragraph, context);
  return read;
}

/** `readPlainParagraph`, appending to the lists the essay's reader gathers. */
export function appendPlainParagraph(into: PlainParagraphContent, text: string, span: Span, paragraph: number, context: MarkerContext): void {
  appendSentences(into.sentences, text, span, paragraph, (at) => skipMarkerCluster(text, at, text.length, context));
  appendMarkers(into.markers, text, span, context, paragraph);
}
