// Inputs that make parsers hang or overflow: the cmark / markdown-it
// pathological families, footnote families, a huge single line and a huge
// number of short lines. Each family builds its document from a size `n`, and
// says what a sound reading of it must contain besides the shared invariants.
import type { Analysis } from '../../server/src/core/analyse';
import type { EssayFormat } from '../../server/src/core/model';

export interface PathologicalFamily {
  name: string;
  /** The size the issue names (repetitions, notes or characters). */
  n: number;
  /** Whether the document grows linearly with n, so time(2n)/time(n) means something. */
  linear: boolean;
  build(n: number): string;
  /** What the reading must hold for this document (under this size limit); problems, or none. */
  expect(analysis: Analysis, n: number, format: EssayFormat, maxFileSizeMB: number): string[];
}

/** Nothing in these documents is a marker, a note or a statistic. */
function nothingFound(analysis: Analysis): string[] {
  const { markers, notes, claims } = analysis.model;
  const found = markers.length + notes.length + claims.length;
  return found === 0 ? [] : [`found ${markers.length} markers, ${notes.length} notes and ${claims.length} claims in a document that has none`];
}

function fellBack(analysis: Analysis): boolean {
  return analysis.findings.some((f) => f.rule === 'markdown-fallback');
}

/** Every marker must carry the one label the document uses. */
function allLabelled(label: string) {
  return (analysis: Analysis): string[] => {
    const other = analysis.model.markers.find((m) => m.label !== label);
    return other ? [`a marker reads “${other.label}”, but every marker in the document is ${label}`] : [];
  };
}

const SHORT_LINES = ['Up 5%.', '[1]', '# H', '- a', '> b', '', '1. c', '`x`'];

export const PATHOLOGICAL_FAMILIES: readonly PathologicalFamily[] = [
  { name: '"[" × n + "]" × n', n: 25_000, linear: true, build: (n) => '['.repeat(n) + ']'.repeat(n), expect: nothingFound },
  { name: '"[a" × n', n: 10_000, linear: true, build: (n) => '[a'.repeat(n), expect: nothingFound },
  { name: '"> " × n', n: 50_000, linear: true, build: (n) => '> '.repeat(n), expect: nothingFound },
  { name: 'nested emphasis "*a **a " × n + " a** a*" × n', n: 25_000, linear: true, build: (n) => '*a **a '.repeat(n) + ' a** a*'.repeat(n), expect: nothingFound },
  { name: 'unclosed emphasis "_a " × n', n: 50_000, linear: true, build: (n) => '_a '.repeat(n), expect: nothingFound },
  {
    name: 'backtick runs "e" + "`" × (1…100), n of them',
    n: 25_000,
    linear: true,
    build: (n) => Array.from({ length: n }, (_, i) => 'e' + '`'.repeat((i % 100) + 1)).join(''),
    expect: nothingFound,
  },
  {
    name: 'lists nested n deep',
    n: 1_000,
    // Each level indents further, so the document grows with the square of its depth.
    linear: false,
    build: (n) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- a`).join('\n'),
    expect: nothingFound,
  },
  { name: '"[^1]:" × n', n: 10_000, linear: true, build: (n) => '[^1]:'.repeat(n), expect: allLabelled('1') },
  { name: '"[^1]" × n', n: 100_000, linear: true, build: (n) => '[^1]'.repeat(n), expect: allLabelled('1') },
  { name: '"[1]" × n', n: 100_000, linear: true, build: (n) => '[1]'.repeat(n), expect: allLabelled('1') },
  {
    name: 'a notes list of n notes',
    n: 50_000,
    linear: true,
    build: (n) => {
      const lines = ['A Long Notes List', '', 'Trade grew by 5 percent in 2021.[1]', '', 'Notes', ''];
      for (let i = 1; i <= n; i++) lines.push(`[${i}] Author ${i}, "Title ${i}," Example Press, 2020.`);
      return lines.join('\n') + '\n';
    },
    expect: (analysis, n, format) => {
      // remark cannot read this list in time; its plain-text reading is the one to check.
      if (format === 'markdown' && !fellBack(analysis)) return [];
      const { notes } = analysis.model;
      const unused = analysis.findings.filter((f) => f.rule === 'unused-footnote').length;
      const problems: string[] = [];
      if (notes.length !== n) problems.push(`read ${notes.length} notes, not ${n}`);
      if (unused !== n - 1) problems.push(`reported ${unused} unused notes, not ${n - 1}`);
      return problems;
    },
  },
  {
    name: 'one line of n characters',
    n: 10_000_000,
    linear: true,
    build: (n) => 'Trade grew by 5 percent in 2021, the minister said.[1] '.repeat(Math.ceil(n / 55)).slice(0, n),
    expect: (analysis, _n, _format, maxFileSizeMB) => {
      // Above the size limit the checks pause: one notice and nothing else.
      const large = analysis.model.text.length > maxFileSizeMB * 1024 * 1024;
      if (!large) return analysis.model.claims.length > 0 ? [] : ['found no claims in a line full of them'];
      const codes = analysis.findings.map((f) => f.rule);
      return codes.length === 1 && codes[0] === 'large-file' ? [] : [`expected one large-file notice, got ${codes.slice(0, 5).join(', ')}…`];
    },
  },
  {
    name: 'n short lines',
    n: 200_000,
    linear: true,
    build: (n) => Array.from({ length: n }, (_, i) => SHORT_LINES[i % SHORT_LINES.length]).join('\n'),
    expect: (analysis) => {
      const bad = analysis.model.claims.find((c) => c.text !== '5%');
      return bad ? [`read “${bad.text}” as a claim; the only statistic is 5%`] : [];
    },
  },
];

export function familyNamed(name: string): PathologicalFamily {
  const family = PATHOLOGICAL_FAMILIES.find((f) => f.name === name);
  if (!family) throw new Error(`no pathological family “${name}”`);
  return family;
}
