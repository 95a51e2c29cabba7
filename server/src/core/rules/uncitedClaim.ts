import type { Claim, EssayModel } from '../model';
import type { Rule } from './rule';
import { markerInsertionOffset } from '../fixes/citationPlace';
import { noteStubEdit } from './noteEdits';
import { newMarkerLike } from '../fixes/labelWriting';

/** A statistic stated as fact with no marker in scope: the editor's main worry. */
export const uncitedClaim: Rule = {
  id: 'uncited-claim',
  description: 'A statistical claim has no footnote marker in its sentence (or paragraph, with the paragraph scope).',
  defaultSeverity: 'warning',
  fixable: true,
  reads: 'claims',
  check(model, options) {
    const kinds = new Set(options.claims.kinds);
    const ignored = options.claims.ignorePhrases.map((p) => p.toLowerCase());
    // One lower-cased copy per sentence, and none without phrases to look for: a sentence can hold thousands of claims.
    const lowered = new Map<number, string>();
    const mentionsIgnoredPhrase = (sentenceIndex: number) => {
      if (ignored.length === 0) return false;
      let context = lowered.get(sentenceIndex);
      if (context === undefined) {
        const { span } = model.sentences[sentenceIndex];
        context = model.text.slice(span.start, span.end).toLowerCase();
        lowered.set(sentenceIndex, context);
      }
      return ignored.some((phrase) => context!.includes(phrase));
    };
    return model.claims
      .filter((claim) => !claim.cited && !claim.ignored && kinds.has(claim.kind))
      .filter((claim) => !mentionsIgnoredPhrase(claim.sentence))
      .map((claim) => ({
        span: claim.span,
        message: `Uncited statistic (${claim.kind}): “${claim.text.replace(/\s+/g, ' ')}”`,
        related: [],
        fix: { kind: 'add-citation' as const, claimStart: claim.span.start, sentenceEnd: model.sentences[claim.sentence].span.end },
      }));
  },
  fix(model, data) {
    if (data.kind !== 'add-citation') return [];
    // The document must still hold this uncited claim in a sentence ending where it did.
    const claim = model.claims.find((c) => c.span.start === data.claimStart && !c.cited);
    if (!claim || model.sentences[claim.sentence]?.span.end !== data.sentenceEnd) return [];
    const { label, at, marker } = newCitation(model, claim);
    const stub = noteStubEdit(model, label);
    if (marker === undefined || stub === undefined) return [];
    // An essay that ends with this sentence and has no notes: one insertion, so no two edits share a place.
    if (stub.span.start === at) return [{ span: stub.span, newText: marker + stub.newText, cursorAt: marker.length + stub.newText.length }];
    return [{ span: { start: at, end: at }, newText: marker }, stub];
  },
};

/**
 * The marker the fix adds for a claim, and where: the next free number, in the
 * essay's own style (`trade.[9]` or `trade[9].`, `[9]` or `⑨`). No marker when
 * that style cannot write the number.
 */
export function newCitation(model: EssayModel, claim: Claim): { label: string; at: number; marker: string | undefined } {
  const label = nextFreeNumber(model);
  const at = markerInsertionOffset(model, model.sentences[claim.sentence]);
  return { label, at, marker: newMarkerLike(model, at, label) };
}

/** One more than the highest number used by any note or marker, so the new label is never taken. */
export function nextFreeNumber(model: EssayModel): string {
  let highest = 0;
  for (const { label } of [...model.notes, ...model.markers]) {
    if (/^\d+$/.test(label)) highest = Math.max(highest, Number(label));
  }
  return String(highest + 1);
}
