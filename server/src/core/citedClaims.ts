import { findQuantities } from './claims';
import type { Claim, EssayModel, Marker, Span } from './model';
import type { ReviewOptions } from './options';
import { firstSpanEndingAfter } from './text/spans';
import { foldSpaces } from './text/chars';
import { CITATION_NEEDED } from './fixes/citationNeeded';

/**
 * Finds the statistical claims of every body sentence and decides whether each
 * is cited: by a marker in the same sentence, or with the `paragraph` scope
 * also by one later in the same paragraph.
 */
export function findCitedClaims(model: EssayModel, options: ReviewOptions): Claim[] {
  const text = model.text;
  const markersBySentence = groupedByIndex(model.markers, (marker) => marker.sentence);
  const markersByParagraph = groupedByIndex(model.markers, (marker) => marker.paragraph);
  const claims: Claim[] = [];
  const ignoredTexts = new Set(options.claims.ignoredClaims.map(foldSpaces));
  const recogniser = { policyTargetsAreClaims: options.claims.policyTargetsAreClaims };
  // "The make-up is:[9]" followed by "- 50.2% White": the lead-in's marker cites the list.
  let leadIn: readonly Marker[] = NO_MARKERS;
  model.sentences.forEach((sentence, s) => {
    const { start, end } = sentence.span;
    const own: readonly Marker[] = markersBySentence[s] ?? NO_MARKERS;
    const previous = model.sentences[s - 1];
    if (!previous || previous.paragraph !== sentence.paragraph || !isListItem(text, start)) {
      leadIn = endsWithColon(text, sentence.span, own) ? own : NO_MARKERS;
    }
    const inSentence = own.length > 0 || !isListItem(text, start) ? own : leadIn;
    const masked = maskSpans(text.slice(start, end), start, blanksWithin(model, start, end, inSentence));
    const quantities = findQuantities(masked, recogniser);
    // Most sentences state no quantity: only those with some are searched for what sets their claims aside.
    if (quantities.length === 0) return;
    const ignoredSentence = model.format === 'markdown' ? followsIgnoreComment(text, start) : false;
    const flagged = text.slice(start, end).includes(CITATION_NEEDED);
    for (const quantity of quantities) {
      const span = { start: start + quantity.start, end: start + quantity.end };
      const citing =
        options.citationScope === 'paragraph'
          ? inSentence.concat((markersByParagraph[sentence.paragraph] ?? []).filter((m) => m.span.start >= end))
          : inSentence;
      const citedBy = [...new Set(citing.map((m) => m.label))];
      const claimText = text.slice(span.start, span.end);
      const claim: Claim = { kind: quantity.kind, text: claimText, span, sentence: s, cited: citedBy.length > 0, citedBy };
      if (ignoredSentence || flagged || ignoredTexts.has(foldSpaces(claimText))) claim.ignored = true;
      claims.push(claim);
    }
  });
  return claims;
}

/** In Markdown, this comment before a sentence tells the checker to leave its claims alone. */
export const IGNORE_COMMENT = '<!-- policy-review-ignore -->';

/** `<!-- policy-review-ignore -->` stands right before the sentence or opens it (spaces and line breaks between are fine). */
function followsIgnoreComment(text: string, start: number): boolean {
  if (text.startsWith(IGNORE_COMMENT, start)) return true;
  let at = start;
  while (at > 0 && /\s/u.test(text[at - 1])) at--;
  return at >= IGNORE_COMMENT.length && text.slice(at - IGNORE_COMMENT.length, at) === IGNORE_COMMENT;
}

const BULLETS = new Set(['-', '*', '•', '·', '–', '—', '+']);

function isListItem(text: string, start: number): boolean {
  return BULLETS.has(text[start]) && (text[start + 1] === ' ' || text[start + 1] === '\t');
}

/** The sentence ends with a colon, before any markers: it introduces what follows. */
function endsWithColon(text: string, span: Span, markers: readonly Marker[]): boolean {
  let end = span.end;
  for (let i = markers.length - 1; i >= 0 && markers[i].span.end === end; i--) end = markers[i].span.start;
  while (end > span.start && /\s/u.test(text[end - 1])) end--;
  return text[end - 1] === ':' || text[end - 1] === '：';
}

/**
 * The markers of each sentence (or paragraph), by its index; a marker outside
 * every one (index -1) is in none. A list per index rather than a Map: every
 * sentence asks, and on Node 20 a Map's cost per entry doubles between 1,000
 * and 20,000 entries.
 */
function groupedByIndex(markers: readonly Marker[], indexOf: (marker: Marker) => number): (Marker[] | undefined)[] {
  const groups: (Marker[] | undefined)[] = [];
  for (const marker of markers) {
    const index = indexOf(marker);
    if (index < 0) continue;
    const list = groups[index];
    if (list) list.push(marker);
    else groups[index] = [marker];
  }
  return groups;
}

/** No markers: shared by the many sentences without any, so none of them allocates a list. */
const NO_MARKERS: readonly Marker[] = [];

/** What `maskSpans` blanks in a sentence: its markers and the non-prose inside it. */
function blanksWithin(model: EssayModel, start: number, end: number, markers: readonly Marker[]): Span[] {
  if (markers.length === 0 && (model.ignored === undefined || model.ignored.length === 0)) return [];
  return [...markers.map((m) => m.span), ...ignoredWithin(model, start, end)];
}

/** Spans of inline code, HTML and link destinations inside [start, end). */
function ignoredWithin(model: EssayModel, start: number, end: number): Span[] {
  const ignored = model.ignored ?? [];
  const found: Span[] = [];
  for (let i = firstSpanEndingAfter(ignored, start); i < ignored.length && ignored[i].start < end; i++) {
    found.push({ start: Math.max(start, ignored[i].start), end: Math.min(end, ignored[i].end) });
  }
  return found;
}

/**
 * Blanks markers and non-prose out of a sentence (same length, so offsets line
 * up): `G20[1]` must not read as "201", nor `` `3%` `` as a claim.
 */
function maskSpans(sentence: string, offset: number, spans: Span[]): string {
  if (spans.length === 0) return sentence;
  let out = '';
  let at = 0;
  for (const span of spans.sort((a, b) => a.start - b.start)) {
    const from = Math.max(span.start - offset, at);
    const to = span.end - offset;
    if (to <= from) continue; // a group's labels share one span
    out += sentence.slice(at, from) + ' '.repeat(to - from);
    at = to;
  }
  return out + sentence.slice(at);
}
