import type { Rule } from './rule';

/** A statistic stated as fact with no marker in scope: the editor's main worry. */
export const uncitedClaim: Rule = {
  id: 'uncited-claim',
  description: 'A statistical claim has no footnote marker in its sentence (or paragraph, with the paragraph scope).',
  defaultSeverity: 'warning',
  fixable: false,
  check(model, options) {
    const kinds = new Set(options.claims.kinds);
    const ignored = options.claims.ignorePhrases.map((p) => p.toLowerCase());
    return model.claims
      .filter((claim) => !claim.cited && kinds.has(claim.kind))
      .filter((claim) => {
        const sentence = model.sentences[claim.sentence];
        const context = model.text.slice(sentence.span.start, sentence.span.end).toLowerCase();
        return !ignored.some((phrase) => context.includes(phrase));
      })
      .map((claim) => ({
        span: claim.span,
        message: `Uncited statistic (${claim.kind}): “${claim.text.replace(/\s+/g, ' ')}”`,
        related: [],
      }));
  },
};
