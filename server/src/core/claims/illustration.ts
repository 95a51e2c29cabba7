// Worked examples are not evidence: "For example, if a retailer pays its supplier
// $20 …", "In this example …", "assume $10 billion". These checks look at the
// whole sentence once, and mark the numbers inside a written-out calculation.

import type { Token } from './tokens';
import { HYPOTHETICAL_WORD, ILLUSTRATION_ANCHOR } from './wordClasses';

/** Words after "for example," that start an invented case rather than a real one. */
const INVENTED_CASE_OPENERS = new Set(['if', 'a', 'an', 'suppose', 'say', 'consider', 'assume', 'imagine', 'let']);
const ARITHMETIC_OPERATORS = new Set(['÷', '×', '=', '≈']);

/** The sentence illustrates with invented numbers rather than stating measured ones. */
export function isIllustration(tokens: Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // Only the words below matter: the class bits settle every other word without reading its text.
    if (t.type !== 'word' || (t.classes & (HYPOTHETICAL_WORD | ILLUSTRATION_ANCHOR)) === 0) continue;
    const w = t.lower;
    if (t.classes & HYPOTHETICAL_WORD) return true;
    if (w === 'consider' && (tokens[i + 1]?.lower === 'a' || tokens[i + 1]?.lower === 'an')) return true;
    if (w !== 'example' && w !== 'instance') continue;
    const before = tokens[i - 1]?.lower;
    const after = tokens[i + 1]?.lower;
    // "in this example", "our example", "the example above", "in the above example"
    if (before === 'this' || before === 'our' || before === 'above' || after === 'above') return true;
    if (before === 'the' && tokens[i - 2]?.lower === 'in') return true;
    // "For example, if …" / "For example, a retailer with …" — but not "For example, in 2024, …".
    if (before === 'for') {
      const k = after === ',' ? i + 2 : i + 1;
      const opener = tokens[k];
      if (opener && opener.type === 'word' && INVENTED_CASE_OPENERS.has(opener.lower)) return true;
    }
  }
  return false;
}

/**
 * Marks tokens that belong to a written-out calculation: everything inside a
 * parenthesis that holds an operator ("($10 ÷ $20)"), and the numbers on either
 * side of an operator elsewhere.
 */
export function arithmeticMask(tokens: Token[]): readonly boolean[] {
  // Most sentences hold no operator, and then nothing is marked: no mask to fill.
  if (!tokens.some(isOperator)) return NO_MARKS;
  const mask = new Array<boolean>(tokens.length).fill(false);
  // The figures right on either side of an operator: "$10 ÷ $20", "3 × 4".
  const LOOK = 3;
  for (let i = 0; i < tokens.length; i++) {
    if (!isOperator(tokens[i])) continue;
    for (let k = i - 1; k >= 0 && k >= i - LOOK && isFigurePart(tokens[k]); k--) mask[k] = true;
    for (let k = i + 1; k < tokens.length && k <= i + LOOK && isFigurePart(tokens[k]); k++) mask[k] = true;
  }
  // Parenthesised groups: look for the closing bracket within a short window only.
  const WINDOW = 24;
  for (let i = 0; i < tokens.length; i++) {
    // Brackets are punctuation: asking the type first leaves words' text uncut.
    if (tokens[i].type !== 'punct' || tokens[i].lower !== '(') continue;
    let hasOperator = false;
    let close = -1;
    for (let k = i + 1; k < tokens.length && k <= i + WINDOW; k++) {
      if (tokens[k].type !== 'punct') continue;
      if (tokens[k].lower === ')') {
        close = k;
        break;
      }
      if (tokens[k].lower === '(') break;
      if (ARITHMETIC_OPERATORS.has(tokens[k].lower)) hasOperator = true;
    }
    if (close > 0 && hasOperator) for (let k = i; k <= close; k++) mask[k] = true;
  }
  return mask;
}

/** A mask that marks nothing: reading any index of it gives a falsy `undefined`. */
const NO_MARKS: readonly boolean[] = [];

/** Operators are punctuation tokens; asking the type first spares a set lookup for every word. */
function isOperator(t: Token): boolean {
  return t.type === 'punct' && ARITHMETIC_OPERATORS.has(t.lower);
}

function isFigurePart(t: Token): boolean {
  return t.type === 'number' || t.type === 'currency' || t.type === 'percent';
}

/**
 * Marks tokens inside a quoted title ("“10 Reasons the Economy Grew 5% in 2021”"):
 * a quotation of three or more words, most of them capitalised. Quoted speech keeps
 * its figures; titles of cited works do not state them.
 */
export function quotedTitleMask(tokens: Token[]): readonly boolean[] {
  let mask: boolean[] | undefined;
  let open = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].type !== 'punct' || tokens[i].lower !== '"') continue;
    if (open < 0) {
      open = i;
      continue;
    }
    if (looksLikeTitle(tokens, open + 1, i)) {
      mask ??= new Array<boolean>(tokens.length).fill(false);
      for (let k = open; k <= i; k++) mask[k] = true;
    }
    open = -1;
  }
  return mask ?? NO_MARKS;
}

const MINOR_TITLE_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'to', 'for', 'at', 'by', 'with', 'from', 'as', 'vs']);

function looksLikeTitle(tokens: Token[], from: number, to: number): boolean {
  let words = 0;
  let capitalised = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.type !== 'word' || MINOR_TITLE_WORDS.has(t.lower)) continue;
    words++;
    if (t.text[0] !== t.text[0].toLowerCase()) capitalised++;
  }
  return words >= 3 && capitalised / words >= 0.6;
}
