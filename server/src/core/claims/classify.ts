// Decides what a numeric phrase is: a claim of some kind, a bare number that may
// still join a range ("between 1 and 2 percent"), or not a quantity at all (a
// year, a date, a name, a reference, a list number, a duration).

import type { ClaimKind } from '../model';
import { followsChangeWord } from './context';
import type { Quantity } from './quantities';
import type { Token } from './tokens';
import { AGE_WORDS, MONTHS, QUALIFIERS, REFERENCE_WORDS } from './vocabulary';

export type Reading = ClaimKind | 'bare' | 'excluded';

export function isYearLike(tokens: Token[], q: Quantity): boolean {
  const num = tokens[q.number];
  return (
    !q.spelled && num.type === 'number' && !num.grouped && !num.decimal && num.intDigits === 4 &&
    num.value >= 1000 && num.value <= 2100 && !q.currency && !q.magnitude &&
    (q.unit === 'none' || q.unit === 'noun' || q.unit === 'time')
  );
}

/** A capitalised month name ("June 16", "16 June"); lower-case "may" is a verb. */
function isMonth(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && MONTHS.has(t.lower.replace(/\.$/, '')) && t.text[0] !== t.text[0].toLowerCase();
}

function isCapitalisedWord(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && t.text[0] !== t.text[0].toLowerCase();
}

/** Index of the first word or number of the sentence (skipping bullets, quotes, brackets). */
export function firstContentToken(tokens: Token[]): number {
  let i = 0;
  while (i < tokens.length && tokens[i].type === 'punct') i++;
  return i;
}

/**
 * Whether the phrase is written like a quantity at all, and of which kind.
 * `setAside` marks numbers inside a worked calculation such as "($10 ÷ $20)" or a quoted title;
 * `firstContent` is the index of the sentence's first word or number.
 */
export function classify(tokens: Token[], q: Quantity, setAside: boolean, firstContent: number): Reading {
  if (q.notAQuantity || setAside) return 'excluded';
  if (isYearLike(tokens, q)) return 'excluded';
  const num = tokens[q.number];
  const before = tokens[q.first - 1];
  const after = tokens[q.last + 1];

  // Digits glued to letters: "G20", "COVID-19", "mid-2022", "March25".
  if (!q.spelled && before && !tokens[q.first].spaced) {
    if (before.type === 'word') return 'excluded';
    if (before.lower === '-' && tokens[q.first - 2]?.type === 'word' && !before.spaced) return 'excluded';
  }
  const small = !q.spelled && !num.grouped && !num.decimal && num.value <= 31;
  // "Jun 16", "16 June 2022", "October 18".
  if (!q.currency && q.unit === 'none' && !q.magnitude && (small || isYearLike(tokens, q))) {
    if (isMonth(before) || isMonth(tokens[q.number + 1])) return 'excluded';
  }

  const strong = q.currency || q.magnitude || (q.unit !== 'none' && q.unit !== 'noun' && q.unit !== 'time');
  if (!strong) {
    if (isReference(tokens, q, firstContent)) return 'excluded';
    if (isListNumber(tokens, q, firstContent)) return 'excluded';
    // "119 Congress", "the 2 Koreas": a number before a proper noun names rather than counts.
    if (!q.spelled && !num.grouped && !num.decimal && num.value < 1000 && q.unit === 'none' && isCapitalisedWord(after) && after?.spaced && !isMonth(after)) {
      return 'excluded';
    }
  }

  if (q.currency) return 'money';
  switch (q.unit) {
    case 'percent':
      return 'percent';
    case 'points':
    case 'multiple':
      return 'change';
    case 'indexPoints':
      return followsChangeWord(tokens, q.first) ? 'change' : 'excluded';
    case 'basisPoints':
    case 'rate':
      return 'other';
    case 'measure':
      return 'measure';
    case 'time':
      // Durations ("over the last two years") are not statistics; ages and precise spans are.
      if (q.magnitude || num.decimal || isAgeContext(tokens, q)) return 'measure';
      return 'excluded';
    default:
      break;
  }
  if (q.magnitude) return 'count';
  if (q.spelled) return q.unit === 'noun' && q.value >= 10 ? 'count' : 'bare';
  if (num.grouped || (num.value >= 10000 && !num.decimal)) return 'count';
  if (num.decimal) return 'other';
  if (q.unit === 'noun' && num.value >= 10) return 'count';
  return 'bare';
}

/** "Figure 1", "Article 5", "see table 2", "No. 1", "p. 10", "Type 052D", "Version 2". */
function isReference(tokens: Token[], q: Quantity, firstContent: number): boolean {
  let k = q.first - 1;
  if (tokens[k]?.lower === '.' && tokens[k - 1]?.type === 'word') k--;
  const word = tokens[k];
  if (!word || word.type !== 'word') return false;
  if (REFERENCE_WORDS.has(word.lower)) return true;
  // A capitalised word mid-sentence before a plain number is a name: "Resolution 2231", "Windows 10".
  const num = tokens[q.number];
  return (
    isCapitalisedWord(word) && k > firstContent && !num.grouped && !QUALIFIERS.has(word.lower) &&
    !MONTHS.has(word.lower) && word.lower !== 'i'
  );
}

/** "(1) provides …, (2) analyzes …", or "1." / "2)" opening the sentence. */
function isListNumber(tokens: Token[], q: Quantity, firstContent: number): boolean {
  const num = tokens[q.number];
  if (q.spelled || num.decimal || num.grouped || num.value >= 100 || q.first !== q.number) return false;
  const before = tokens[q.first - 1];
  const after = tokens[q.number + 1];
  if (before?.lower === '(' && after?.lower === ')') return true;
  return q.first === firstContent && (after?.lower === '.' || after?.lower === ')') && !!tokens[q.number + 2]?.spaced;
}

/** "aged 14 years", "the median age was 36.9 years", "life expectancy of 81 years". */
function isAgeContext(tokens: Token[], q: Quantity): boolean {
  for (let k = q.first - 1; k >= 0 && k >= q.first - 4; k--) {
    const t = tokens[k];
    if (t.type === 'punct') return false;
    if (AGE_WORDS.has(t.lower)) return true;
  }
  return tokens[q.last + 1]?.lower === 'old';
}
