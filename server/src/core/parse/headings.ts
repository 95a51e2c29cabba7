// Untagged headings in plain-text exports: a short line standing alone between
// blank lines, title-like, without the punctuation that ends a sentence.

/** Words a title leaves in lower case. */
const MINOR_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'nor', 'but', 'so', 'yet', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with',
  'from', 'as', 'via', 'vs', 'into', 'onto', 'over', 'under', 'between', 'about', 'after', 'before', 'amid',
  'against', 'among', 'through', 'without', 'within', 'is', 'are', 'was', 'be', 'its', 'their', 'his', 'her',
  'than', 'up', 'out', 'off', 'per', 'not', 'if', 'how', 'why', 'what', 'when', 'where', 'who', 'de', 'la', 'le',
]);

const MAX_HEADING_LENGTH = 160;
const MAX_HEADING_WORDS = 24;

/** `line` is the trimmed text of a block's only line. */
export function looksLikeHeading(line: string): boolean {
  if (line.length < 2 || line.length > MAX_HEADING_LENGTH) return false;
  const last = line[line.length - 1];
  if ('.,;:!'.includes(last)) return false;
  if ('[(-*•·'.includes(line[0])) return false;
  if (!/\p{L}/u.test(line)) return false;
  if (/\[\d/.test(line)) return false; // a footnote marker means prose
  const words = line.split(/\s+/);
  if (words.length > MAX_HEADING_WORDS) return false;
  // A full stop inside ("Thank you. Questions") means sentences, not a title.
  if (/[.!?]["”’]?\s+\p{Lu}/u.test(line)) return false;
  let significant = 0;
  let capitalised = 0;
  for (const raw of words) {
    const word = raw.replace(/^[^\p{L}\p{N}]+/u, '');
    if (word.length === 0) continue;
    if (MINOR_WORDS.has(word.toLowerCase())) continue;
    significant++;
    const first = word[0];
    if (first !== first.toLowerCase() || /\p{N}/u.test(first) || first === first.toUpperCase()) capitalised++;
  }
  if (significant === 0) return false;
  return capitalised / significant >= 0.6;
}

const NOTES_HEADINGS = /^(?:notes?|end\s?notes|foot\s?notes|references|sources|bibliography|works cited|citations|注释|注|参考文献|资料来源)\s*[:：]?$/i;

/** "Notes", "References", "Endnotes" and their kin, as the heading of a notes list. */
export function isNotesHeading(line: string): boolean {
  return line.length <= 40 && NOTES_HEADINGS.test(line);
}
