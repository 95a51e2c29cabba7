// Author lists as notes write them: "Andrea Shalal and Marek Strzelecki",
// "Moloney, Paul", "Smith, Jones, and Lee", "Figura and Waller", "Smith et al."

import { EMPTY_LIST } from './noteSource';

export interface AuthorList {
  authors: readonly string[];
  etAl: boolean;
}

const LEADING_SIGNALS = /^(?:see also|see, e\.g\.,|see|cf\.|compare|by|quoted in)\s+/i;

/**
 * `text` without the run of spaces, `,` `.` `;` `:` (or their full-width forms,
 * and `、`) it ends with (what `.replace(/(?<![\s,.:;])[\s,.:;]+$/u, '')` removes
 * for ASCII), read back from the end:
 * the pattern would try every space of the text.
 */
export function trimTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING_MARK.test(text[end - 1])) end--;
  return end === text.length ? text : text.slice(0, end);
}

const TRAILING_MARK = /[\s,.:;，。：；、]/u;

export function readAuthors(raw: string): AuthorList {
  let text = trimTrailingPunctuation(raw.trim()).replace(LEADING_SIGNALS, '');
  let etAl = false;
  const etAlMatch = /(?<![\s,]),?\s*et al\.?$/i.exec(text);
  if (etAlMatch) {
    etAl = true;
    text = text.slice(0, etAlMatch.index).trim();
  }
  if (text === '') return { authors: EMPTY_LIST, etAl };
  // A split needs its separator (`;`, `&`, `and`, Chinese `、` between authors, `,` within one): most single names have none.
  const parts = mayHoldSeparator(text) ? text.split(/(?<!\s)(?:\s*[;；、]\s*|(?:\s*,)?\s+and\s+|\s*&\s*)/u).filter((p) => p !== '') : [text];
  const authors: string[] = [];
  for (const part of parts) {
    const commaParts = part.includes(',') ? part.split(/(?<!\s)\s*,\s*/u) : [part];
    // "Moloney, Paul" is one inverted name; "Smith, Jones, Lee" are three.
    if (commaParts.length === 2 && commaParts.every((p) => !/\s/.test(p))) authors.push(part);
    else authors.push(...commaParts.filter((p) => p !== ''));
  }
  // Copied out at its length: grown from empty, the list reserves sixteen slots, kept as long as the note's source.
  return { authors: authors.length > 0 ? authors.slice() : EMPTY_LIST, etAl };
}

/** Whether the text holds what every separator between authors holds: `;`, `&`, `and`, `；` or `、`. */
function mayHoldSeparator(text: string): boolean {
  return text.includes(';') || text.includes('&') || text.includes('and') || text.includes('；') || text.includes('、');
}

/** "Фёдор Лукьянов", "Zhao Long", "Fyodor A. Lukyanov": two to five capitalised words, no digits. */
export function looksLikePersonName(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 5 || /\d/.test(text)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w));
}
