// Seeded generator of small essays with markers and notes, for property tests:
// the same seed gives the same essays on every machine.

export type Random = () => number;

/** mulberry32: a tiny, well-distributed seeded generator. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

const WORDS = ['trade', 'grew', 'policy', 'the', 'minister', 'said', 'sanctions', 'energy', 'markets', 'border', 'talks', 'partners', 'agreed', 'on', 'new', 'terms'];

export interface GeneratedEssay {
  text: string;
  format: 'plain' | 'markdown';
}

/**
 * An essay with a title, a few headed sections of sentences carrying markers
 * (single, clustered, grouped and ranged in plain text), and a notes list whose
 * labels may be out of order, have gaps, or be uncited; some markers may point
 * nowhere. Every note's text is unique, so a test can follow it.
 */
export function generateEssay(random: Random): GeneratedEssay {
  const format = random() < 0.5 ? 'plain' : 'markdown';
  const eol = random() < 0.3 ? '\r\n' : '\n';
  const noteCount = int(random, 0, 9);
  const labels: number[] = [];
  const pool = Array.from({ length: noteCount + 3 }, (_, i) => i + 1);
  for (let i = 0; i < noteCount; i++) labels.push(pool.splice(int(random, 0, pool.length - 1), 1)[0]);
  const citable = labels.length > 0 ? labels : [1];
  const markerFor = (): string => {
    const label = random() < 0.08 ? noteCount + 5 + int(random, 0, 3) : pick(random, citable);
    if (format === 'markdown') return `[^${label}]`;
    const shape = random();
    if (shape < 0.1 && labels.length >= 2) return `[${label}, ${pick(random, citable)}]`;
    if (shape < 0.15 && labels.length >= 3) {
      const low = Math.min(...labels);
      return `[${low}–${low + 2}]`;
    }
    if (shape < 0.25) return `[${label}][${pick(random, citable)}]`;
    return `[${label}]`;
  };
  const sentence = (): string => {
    const words = Array.from({ length: int(random, 3, 9) }, () => pick(random, WORDS));
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    const marker = random() < 0.6 ? markerFor() : '';
    return random() < 0.5 ? `${words.join(' ')}.${marker}` : `${words.join(' ')}${marker}.`;
  };
  const lines: string[] = [format === 'markdown' ? '# A Generated Essay' : 'A Generated Essay', ''];
  const sections = int(random, 1, 3);
  for (let s = 0; s < sections; s++) {
    lines.push(format === 'markdown' ? `## Part ${s + 1} of the Argument` : `Part ${s + 1} of the Argument`, '');
    for (let p = int(random, 1, 3); p > 0; p--) {
      lines.push(Array.from({ length: int(random, 1, 4) }, sentence).join(' '), '');
    }
  }
  if (format === 'plain' && random() < 0.5) lines.push('Notes', '');
  const tight = format === 'plain' && random() < 0.4;
  labels.forEach((label, i) => {
    const body = `Author ${i + 1}, "Source number ${i + 1}," Example Press, 2020.`;
    lines.push(format === 'markdown' ? `[^${label}]: ${body}` : `[${label}] ${body}`);
    if (!tight) lines.push('');
  });
  return { text: lines.join(eol) + eol, format };
}
