import type { EssayModel } from '../model';
import type { TextEdit } from '../rules/rule';
import { markerInsertionOffset } from './citationPlace';

export const CITATION_NEEDED = '[citation needed]';

/** Marks the sentence of an uncited claim `[citation needed]`, where the essay puts its markers. */
export function markCitationNeeded(model: EssayModel, claimStart: number): TextEdit[] {
  const claim = model.claims.find((c) => c.span.start === claimStart && !c.cited);
  if (!claim) return [];
  const sentence = model.sentences[claim.sentence];
  if (model.text.slice(sentence.span.start, sentence.span.end).includes(CITATION_NEEDED)) return [];
  const at = markerInsertionOffset(model, sentence);
  return [{ span: { start: at, end: at }, newText: CITATION_NEEDED }];
}
