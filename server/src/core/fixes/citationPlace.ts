import type { EssayModel, Sentence } from '../model';
import { isClosingPunctuation, isTerminator } from '../sentences';


export type MarkerStyle = 'after-punctuation' | 'before-punctuation';

/**
 * How this essay places its markers: after the full stop (`trade.[9]`, the
 * common web style) or before it (`trade[9].`). Counted over the markers that
 * end a sentence; with none to go by, after the full stop.
 */
export function markerStyleOf(model: EssayModel): MarkerStyle {
  let after = 0;
  let before = 0;
  for (const marker of model.markers) {
    const previous = model.text[marker.span.start - 1];
    const next = model.text[marker.span.end];
    if (previous !== undefined && isTerminator(previous.charCodeAt(0))) after++;
    else if (next !== undefined && isTerminator(next.charCodeAt(0))) before++;
  }
  return before > after ? 'before-punctuation' : 'after-punctuation';
}

/**
 * Where a new marker for this sentence goes: after its final punctuation and
 * closing quotes and any markers already there, or, in an essay that puts
 * markers before the full stop, just before the final punctuation.
 */
export function markerInsertionOffset(model: EssayModel, sentence: Sentence, style: MarkerStyle = markerStyleOf(model)): number {
  const text = model.text;
  let end = sentence.span.end;
  // Step back over markers already glued at the end.
  for (let i = model.markers.length - 1; i >= 0; i--) {
    const marker = model.markers[i];
    if (marker.span.end === end && marker.span.start >= sentence.span.start) end = marker.span.start;
  }
  if (style === 'after-punctuation') return sentence.span.end;
  let afterClosers = end;
  while (afterClosers > sentence.span.start && isClosingPunctuation(text.charCodeAt(afterClosers - 1))) afterClosers--;
  let at = afterClosers;
  while (at > sentence.span.start && isTerminator(text.charCodeAt(at - 1))) at--;
  // No final punctuation at all: the marker closes the sentence.
  return at < afterClosers ? at : sentence.span.end;
}
