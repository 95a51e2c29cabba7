// Joins numbers that state one quantity together: "between 1 and 2 percent",
// "30%-40%", "from US$8 billion in 2000 to US$ 146.8 billion in 2021", and
// proportions such as "9 of 10" or "one in three". Each join looks a fixed number
// of tokens ahead, and a joined number is never joined again.

import type { ClaimKind } from '../model';
import type { Reading } from './classify';
import type { Quantity } from './quantities';
import type { Token } from './tokens';
import { qualifierStart } from './context';
import { MONTHS } from './vocabulary';

export interface ReadQuantity {
  q: Quantity;
  reading: Reading;
}

/** A stretch of tokens that states one claim. */
export interface Candidate {
  first: number;
  last: number;
  kind: ClaimKind;
  /** Built from numbers (as opposed to rank or fraction words); targets and change verbs apply. */
  numeric: boolean;
  /** The kind is decided by the range itself ("from $8 billion to $146.8 billion" stays money). */
  settled?: boolean;
}

const isClaim = (r: Reading): r is ClaimKind => r !== 'bare' && r !== 'excluded';

/** Turns the sentence's quantities (in token order) into candidates, joining ranges and proportions. */
export function joinQuantities(tokens: Token[], read: ReadQuantity[]): Candidate[] {
  if (read.length === 0) return []; // most sentences: nothing to join
  // `read` is in token order (each quantity starts past the last): found by binary search, no index to build.
  const indexAt = (token: number): number => {
    let lo = 0;
    let hi = read.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const first = read[mid].q.first;
      if (first === token) return mid;
      if (first < token) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  const quantityAt = (token: number): ReadQuantity | undefined => {
    const index = indexAt(token);
    return index >= 0 ? read[index] : undefined;
  };

  const out: Candidate[] = [];
  const used: boolean[] = new Array<boolean>(read.length).fill(false);
  for (let index = 0; index < read.length; index++) {
    if (used[index]) continue;
    const a = read[index];
    if (a.reading === 'excluded') continue;
    const joined = fromTo(tokens, a, quantityAt) ?? between(tokens, a, quantityAt) ?? adjacentRange(tokens, a, quantityAt) ?? proportion(tokens, a, quantityAt);
    if (joined) {
      out.push(joined.candidate);
      used[indexAt(joined.second.q.first)] = true;
      continue;
    }
    if (isClaim(a.reading)) out.push({ first: a.q.first, last: a.q.last, kind: a.reading, numeric: true });
  }
  return out;
}

type Lookup = (token: number) => ReadQuantity | undefined;
interface Joined {
  candidate: Candidate;
  second: ReadQuantity;
}

/** Joinable: not excluded, and at least one side states a claim. */
function joinable(a: ReadQuantity, b: ReadQuantity | undefined): b is ReadQuantity {
  return !!b && b.reading !== 'excluded' && (isClaim(a.reading) || isClaim(b.reading));
}

/** "in 2000", "in January", "in November 2011": a time adjunct inside a from–to range. Returns tokens used. */
function timeAdjunct(tokens: Token[], at: number): number {
  if (tokens[at]?.lower !== 'in') return 0;
  let k = at + 1;
  let used = 1;
  while (used < 4) {
    const t = tokens[k];
    if (!t) break;
    const isYear = t.type === 'number' && t.intDigits === 4 && !t.grouped && !t.decimal;
    if (!isYear && !(t.type === 'word' && MONTHS.has(t.lower))) break;
    k++;
    used++;
  }
  return used > 1 ? used : 0;
}

/** "from US$8 billion in 2000 to US$ 146.8 billion in 2021", "fell from around 7.5 percent to 5.3 percent". */
function fromTo(tokens: Token[], a: ReadQuantity, quantityAt: Lookup): Joined | null {
  const start = qualifierStart(tokens, a.q.first);
  if (tokens[start - 1]?.lower !== 'from') return null;
  let k = a.q.last + 1;
  k += timeAdjunct(tokens, k);
  if (tokens[k]?.lower === ',') k++;
  if (tokens[k]?.lower !== 'to') return null;
  k++;
  // A qualifier may open the second figure: "to around 4 percent".
  let b = quantityAt(k);
  if (!b) {
    for (let skip = 1; skip <= 2 && !b; skip++) {
      const candidate = quantityAt(k + skip);
      if (candidate && qualifierStart(tokens, k + skip) === k) b = candidate;
    }
  }
  if (!joinable(a, b)) return null;
  let last = b.q.last;
  last += timeAdjunct(tokens, last + 1);
  const kind: ClaimKind = a.reading === 'money' && b.reading === 'money' ? 'money' : 'change';
  return { candidate: { first: start - 1, last, kind, numeric: true, settled: true }, second: b };
}

/** "between 1 and 2 percent", "between 17% and 26%". */
function between(tokens: Token[], a: ReadQuantity, quantityAt: Lookup): Joined | null {
  if (tokens[a.q.first - 1]?.lower !== 'between') return null;
  if (tokens[a.q.last + 1]?.lower !== 'and') return null;
  const b = quantityAt(a.q.last + 2);
  if (!joinable(a, b)) return null;
  return { candidate: { first: a.q.first - 1, last: b.q.last, kind: claimKindOf(b, a), numeric: true }, second: b };
}

/** "3-5 percent", "30%-40%", "3 to 5 percent", "2 or 3 percent". */
function adjacentRange(tokens: Token[], a: ReadQuantity, quantityAt: Lookup): Joined | null {
  const link = tokens[a.q.last + 1]?.lower;
  if (link !== '-' && link !== 'to' && link !== 'or') return null;
  const b = quantityAt(a.q.last + 2);
  if (!joinable(a, b)) return null;
  // Two complete figures with different units are two claims ("rose 10 percent to $5 billion");
  // a first figure without a unit takes the second's ("5.25–5.5 percent", "10,000-20,000 people").
  const unitless = !a.q.currency && !a.q.magnitude && a.q.unit === 'none';
  if (isClaim(a.reading) && !unitless && a.reading !== b.reading) return null;
  if (!isClaim(b.reading)) return null;
  return { candidate: { first: a.q.first, last: b.q.last, kind: claimKindOf(b, a), numeric: true }, second: b };
}

/** "9 of 10 job reports", "one in three", "nine out of ten", "12 of the 27 member states". */
function proportion(tokens: Token[], a: ReadQuantity, quantityAt: Lookup): Joined | null {
  if (a.reading !== 'bare' || !Number.isInteger(a.q.value)) return null;
  let k = a.q.last + 1;
  const link = tokens[k]?.lower;
  if (link === 'out' && tokens[k + 1]?.lower === 'of') k += 2;
  else if (link === 'of' || link === 'in') k += 1;
  else return null;
  if (link === 'of' && tokens[k]?.lower === 'the') k++;
  const b = quantityAt(k);
  if (!b || (b.reading !== 'bare' && b.reading !== 'count') || b.q.magnitude || b.q.currency) return null;
  if (!Number.isInteger(b.q.value) || b.q.value <= a.q.value || b.q.value > 1000) return null;
  return { candidate: { first: a.q.first, last: b.q.last, kind: 'other', numeric: true }, second: b };
}

function claimKindOf(preferred: ReadQuantity, other: ReadQuantity): ClaimKind {
  if (isClaim(preferred.reading)) return preferred.reading;
  return isClaim(other.reading) ? other.reading : 'other';
}
