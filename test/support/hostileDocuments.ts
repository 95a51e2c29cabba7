// Seeded generator of hostile documents for fuzzing: essay-like pieces
// (markers, notes, headings, numbers with units) mixed with what breaks naive
// readers — CRLF and lone CR, a BOM anywhere, NUL, lone and paired surrogates,
// tabs, CJK text and Markdown syntax. Half the documents start from a generated
// essay and get pieces spliced in, so the structure the readers look for is
// there to be broken.
import { generateEssay, type Random } from './essayGenerator';

const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

/** Pieces of text that mean something to one of the readers, or to none of them. */
const PIECES: readonly string[] = [
  // prose and claims
  'Trade grew', ' by 5 percent', ' to $3.2 billion', ' over 4,300 kilometers', ' 12%', ' 1.5 million people', ' doubled', ' ranked third',
  ' in 2020', ' the G20', ' COVID-19', ' U.S. ', 'e.g. ', 'No. 1 ', ' US$ 146.8', '.', '. ', '! ', '? ', ', ', ' ', 'said the minister',
  // markers and notes
  '[1]', '[2]', '[12]', '[^1]', '[^note]', '[3, 4]', '[2–5]', '[1][2]', '[sic]', '[a]', '[2019]', ',[11]', '[', ']', '[^', '^]', '[]',
  '\n[1] Jane Doe, "Regional Trade Review," Example Press, March 3, 2022, https://example.org/review.',
  '\n[2] Ibid., p. 4.', '\n[3] Doe, supra note 9, p. 7.', '\n[^1]: A source, 2020.', '\n[^note]: Another, "Title," Press.', '\n1. Smith, 2021,',
  '\nNotes\n', '\nReferences\n\n', '\nFootnotes\n',
  // headings and structure
  '\n\n', '\n', '\r\n', '\r', '\r\n\r\n', '\n# Title\n', '\n## Part One\n', '\nA Short Heading\n\n', '\nHeading\n===\n', '\n---\n', '---\ntitle: X\ndate: 2022-03-23\n---\n',
  // Markdown syntax
  '**', '*', '_', '__', '`', '```', '\n```\ncode 5%\n```\n', '> ', '\n> quote 5%', '- ', '\n- item 7%', '\n1. item', '    indented 9%', '| a | 5% |\n|---|---|\n',
  '[link](https://example.org)', '[x](javascript:alert(1))', '![img](https://e.org/i.png)', '<b>', '</b>', '<!-- policy-review-ignore -->', '&amp;', '\\', '\\[1]',
  'https://example.org/a_(b)', 'command:workbench.action.openSettings', '<https://x.org>',
  // characters
  '\uFEFF', '\u0000', '\t', '\u00A0', '\u2028', '\uD800', '\uDC00', '\uDBFF', '😀', '𝟓', '５％', '增长了5%', '一、', '（一）', '。', '“', '”', '—', '–',
];

/** One hostile document; `format` says which reader it is meant for. */
export function generateHostileDocument(random: Random): { text: string; format: 'plain' | 'markdown' } {
  const format = random() < 0.5 ? 'plain' : 'markdown';
  const pieces: string[] = [];
  for (let n = int(random, 0, 60); n > 0; n--) pieces.push(pick(random, PIECES));
  if (random() < 0.5) return { text: pieces.join(''), format };
  // Splice the pieces into a generated essay, at random places (inside CRLFs and surrogate pairs too).
  let text = generateEssay(random).text;
  for (const piece of pieces) {
    const at = int(random, 0, text.length);
    text = text.slice(0, at) + piece + text.slice(at);
  }
  return { text, format };
}
