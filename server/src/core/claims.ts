// The statistical-claim recogniser: finds the quantities a sentence states as
// fact (DESIGN.md §4). Pure and linear: one scan cuts the sentence into tokens,
// then each rule looks a fixed number of tokens around an anchor.
//
// Small enumerations are not claims: "three attempts", "the two countries",
// "3 scenarios". A plain number counts only when it is large (≥ 10 with a
// counted noun, or written with thousands separators), qualified ("over 20"),
// decimal, or carries a unit, a currency, a magnitude or a percent sign.

import type { ClaimKind } from './model';
import { findHanClaims } from './claims/chinese/hanClaims';
import { classify, firstContentToken } from './claims/classify';
import { followsChangeWord, isPolicyTarget, qualifierStart } from './claims/context';
import { arithmeticMask, isIllustration, quotedTitleMask } from './claims/illustration';
import { readQuantity } from './claims/quantities';
import { type Candidate, joinQuantities, type ReadQuantity } from './claims/ranges';
import { tokenize, type Token } from './claims/tokens';
import { isChineseSentence } from './claims/script';
import { mayHoldClaim } from './claims/trigger';
import { findWordClaims } from './claims/wordPatterns';

export interface QuantitySpan {
  kind: ClaimKind;
  /** Offsets into the sentence, half-open. */
  start: number;
  end: number;
}

export interface ClaimRecogniserOptions {
  /** Report policy targets ("the 2 percent inflation goal") as claims. Default false. */
  policyTargetsAreClaims?: boolean;
}

/** The statistical claims in one sentence of body text: sorted, non-overlapping. */
export function findQuantities(sentence: string, options: ClaimRecogniserOptions = {}): QuantitySpan[] {
  return mayHoldClaim(sentence) ? readClaims(sentence, options) : [];
}

/** The recogniser without the quick trigger test; exported so a test can prove the trigger loses nothing. */
export function readClaims(sentence: string, options: ClaimRecogniserOptions = {}): QuantitySpan[] {
  if (isChineseSentence(sentence)) return findHanClaims(sentence, options);
  const tokens = tokenize(sentence);
  if (tokens.length === 0 || isIllustration(tokens)) return [];

  const firstContent = firstContentToken(tokens);
  const arithmetic = arithmeticMask(tokens);
  const title = quotedTitleMask(tokens);
  const read: ReadQuantity[] = [];
  for (let i = 0; i < tokens.length; ) {
    const q = readQuantity(tokens, i);
    if (!q) {
      i++;
      continue;
    }
    // An empty mask marks nothing: its entries read as undefined.
    const setAside = arithmetic[q.first] === true || arithmetic[q.last] === true || title[q.first] === true;
    read.push({ q, reading: classify(tokens, q, setAside, firstContent) });
    i = q.last + 1;
  }

  const candidates: Candidate[] = [];
  for (const candidate of joinQuantities(tokens, read)) {
    const widened = { ...candidate, first: qualifierStart(tokens, candidate.first) };
    if (!options.policyTargetsAreClaims && isPolicyTarget(tokens, widened.first, widened.last)) continue;
    if (!widened.settled && widened.kind !== 'change' && followsChangeWord(tokens, widened.first)) widened.kind = 'change';
    candidates.push(widened);
  }
  candidates.push(...qualifiedCounts(tokens, read));
  for (const candidate of findWordClaims(tokens)) {
    candidates.push({ ...candidate, first: qualifierStart(tokens, candidate.first) });
  }
  return toSpans(tokens, candidates);
}

/** "over 20", "more than 150": a qualified plain number of some size is a count. */
function qualifiedCounts(tokens: Token[], read: ReadQuantity[]): Candidate[] {
  const out: Candidate[] = [];
  for (const { q, reading } of read) {
    if (reading !== 'bare' || !(q.value >= 10) || !Number.isInteger(q.value)) continue;
    const first = qualifierStart(tokens, q.first);
    if (first < q.first) {
      out.push({ first, last: q.last, kind: 'count', numeric: true });
    }
  }
  return out;
}

/** Sorts, merges overlapping candidates (the longer one names the kind) and maps tokens to offsets. */
function toSpans(tokens: Token[], candidates: Candidate[]): QuantitySpan[] {
  candidates.sort((a, b) => a.first - b.first || b.last - a.last);
  const merged: Candidate[] = [];
  for (const c of candidates) {
    const top = merged[merged.length - 1];
    if (top && c.first <= top.last) {
      if (c.last > top.last) {
        if (c.last - c.first > top.last - top.first) top.kind = c.kind;
        top.last = c.last;
      }
      continue;
    }
    merged.push({ ...c });
  }
  return merged.map((c) => ({ kind: c.kind, start: tokens[c.first].start, end: tokens[c.last].end }));
}
