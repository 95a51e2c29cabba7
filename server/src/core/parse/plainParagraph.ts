import type { Marker, Note, Sentence, Span } from '../model';
import { splitSentences } from '../sentences';
import { findMarkers, type MarkerContext, skipMarkerCluster } from './inlineMarkers';

/** What a plain-text paragraph needs to know of the rest of the essay: which notes exist. */
export function plainMarkerContext(notes: readonly Note[]): MarkerContext {
  const noteLabels = new Set(notes.map((n) => n.label));
  // Digits glued after punctuation (`objectives.1`) are markers only when the note exists.
  return { hasNote: (label) => noteLabels.has(label), gluedNumbers: notes.length > 0 };
}

/**
 * The sentences and markers of one plain-text paragraph. A paragraph is read on
 * its own, so an edit inside it can be re-read without the rest of the essay.
 */
export function readPlainParagraph(text: string, span: Span, paragraph: number, context: MarkerContext): { sentences: Sentence[]; markers: Marker[] } {
  const skipMarkers = (at: number) => skipMarkerCluster(text, at, text.length, context);
  const sentences = splitSentences(text, span, skipMarkers).map((sentenceSpan) => ({ span: sentenceSpan, paragraph }));
  const markers: Marker[] = [];
  for (const marker of findMarkers(text, span, context)) {
    for (const { label, labelSpan } of marker.labels) {
      markers.push({ label, span: marker.span, labelSpan, sentence: -1, paragraph, note: -1 });
    }
  }
  return { sentences, markers };
}
