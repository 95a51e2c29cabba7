// Scores the statistical-claim recogniser and the `uncited-claim` rule against
// hand-labelled essays (`*.labels.json` beside each essay).
//
//   npm run eval [-- CORPUS_DIR] [--json [FILE.json]] [--fallback]
//
// Matching, per label file:
// - a labelled claim is found when a predicted claim overlaps its quoted text on its line;
// - a prediction overlapping a labelled claim is a true positive; one overlapping a
//   labelled negative is a false positive; one overlapping an ambiguous entry is not
//   scored; otherwise one in the same sentence as a labelled claim is a true positive
//   (labels quote one figure per sentence), one in the same sentence as an ambiguous
//   entry — or in the same bulleted list, when the ambiguous entry is a list item — is
//   not scored, and anything else is a false positive;
// - `uncited-claim` findings are scored the same way against the labels with cited: false
//   (a finding on a cited label is a false positive).
// Exits 1 when overall precision < 0.90 or recall < 0.85 for either measure.
//
// By default the essay goes through the product (analyseEssay); --fallback uses a
// local sentence splitter instead, to look at the recogniser on its own.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyseEssay } from '../server/src/core/analyse';
import { findQuantities } from '../server/src/core/claims';
import { LineIndex } from '../server/src/core/lines';
import type { ClaimKind, Span } from '../server/src/core/model';
import { spanIndexAt } from '../server/src/core/text/spans';

const MIN_PRECISION = 0.9;
const MIN_RECALL = 0.85;

interface LabelEntry {
  line: number;
  text: string;
  cited?: boolean;
  kind?: ClaimKind;
}

interface LabelFile {
  file: string;
  claims: LabelEntry[];
  negatives?: LabelEntry[];
  ambiguous?: LabelEntry[];
}

interface Prediction {
  kind: ClaimKind;
  span: Span;
}

/** What one reading of an essay gives the scorer. */
interface Reading {
  sentences: Span[];
  claims: Prediction[];
  uncited: Prediction[];
}

interface Located extends LabelEntry {
  span: Span | null;
  sentence: number;
}

interface Item {
  line: number;
  text: string;
}

interface Score {
  truePositives: number;
  falsePositives: number;
  found: number;
  labelled: number;
  unscored: number;
  falseAlarms: Item[];
  misses: Item[];
}

interface FileReport {
  file: string;
  claims: Score;
  uncited: Score;
  /** Found labels whose overlapping prediction has the labelled kind. */
  kindAgreement: { same: number; of: number };
  unlocatedLabels: Item[];
}

// ---------------------------------------------------------------------------
// Reading an essay

function productReading(text: string): Reading {
  const { model, findings } = analyseEssay(text, { format: 'plain' });
  return {
    sentences: model.sentences.map((s) => s.span),
    claims: model.claims.map((c) => ({ kind: c.kind, span: c.span })),
    uncited: findings
      .filter((f) => f.rule === 'uncited-claim')
      .map((f) => ({ kind: model.claims.find((c) => c.span.start === f.span.start)?.kind ?? 'other', span: f.span })),
  };
}

/**
 * A stand-in reader: notes list cut off at the first line opening with "[1]",
 * paragraphs at blank lines, sentences at terminal punctuation followed by a
 * space and a capital (or at a line break before a list bullet), markers `[n]`
 * blanked before the recogniser sees the sentence.
 */
function fallbackReading(text: string): Reading {
  const notesAt = findNotesStart(text);
  const body = text.slice(0, notesAt);
  const markers = findMarkers(body);
  const masked = blank(body, markers);
  const sentences = splitSentences(masked, new Map(markers.map((m) => [m.start, m.end])));
  const claims: Prediction[] = [];
  const uncited: Prediction[] = [];
  sentences.forEach((sentence, index) => {
    // Blanked markers after the final stop were trimmed off the sentence; they still cite it.
    const limit = sentences[index + 1]?.start ?? body.length;
    const cited = markers.some((m) => m.start >= sentence.start && m.start < limit);
    for (const q of findQuantities(masked.slice(sentence.start, sentence.end))) {
      const prediction = { kind: q.kind, span: { start: sentence.start + q.start, end: sentence.start + q.end } };
      claims.push(prediction);
      if (!cited) uncited.push(prediction);
    }
  });
  return { sentences, claims, uncited };
}

function findNotesStart(text: string): number {
  let lineStart = 0;
  while (lineStart < text.length) {
    if (text.startsWith('[1]', lineStart)) return lineStart;
    const next = text.indexOf('\n', lineStart);
    if (next < 0) break;
    lineStart = next + 1;
  }
  return text.length;
}

function findMarkers(text: string): Span[] {
  const markers: Span[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '[') continue;
    let j = i + 1;
    while (j < text.length && j - i < 12 && /[0-9,\s–-]/.test(text[j])) j++;
    if (text[j] === ']' && j > i + 1 && /[0-9]/.test(text[i + 1])) {
      markers.push({ start: i, end: j + 1 });
      i = j;
    }
  }
  return markers;
}

function blank(text: string, spans: Span[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + ' '.repeat(s.end - s.start);
    at = s.end;
  }
  return out + text.slice(at);
}

const ABBREVIATIONS = new Set(['u.s', 'u.k', 'd.c', 'e.g', 'i.e', 'vol', 'no', 'p', 'pp', 'mr', 'mrs', 'ms', 'dr', 'st', 'vs', 'etc', 'al', 'inc', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec']);

/** `markerEnds` maps a marker's start to its end, so `trade.[9]` keeps its marker. */
function splitSentences(text: string, markerEnds: Map<number, number>): Span[] {
  const sentences: Span[] = [];
  let start = -1;
  const close = (end: number) => {
    let e = end;
    while (e > start && /\s/.test(text[e - 1])) e--;
    if (start >= 0 && e > start) sentences.push({ start, end: e });
    start = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (start < 0) {
      if (!/\s/.test(ch)) start = i;
      continue;
    }
    if (ch === '\n') {
      // A blank line ends the paragraph; a bullet on the next line starts a new sentence.
      let j = i + 1;
      while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      if (text[j] === '\n' || /^[-•*–] /.test(text.slice(j, j + 2))) close(i);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < text.length && (/["”’')\]]/.test(text[j]) || markerEnds.has(j))) j = markerEnds.get(j) ?? j + 1;
    if (j < text.length && !/\s/.test(text[j])) continue; // "146.8", "U.S."
    let k = j;
    while (k < text.length && /\s/.test(text[k])) k++;
    if (k < text.length && !/[A-Z0-9“"‘'(\[]/.test(text[k])) continue;
    const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, i - 8), i))?.[1]?.toLowerCase() ?? '';
    if (ch === '.' && (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word))) continue;
    close(j);
  }
  if (start >= 0) close(text.length);
  return sentences;
}

// ---------------------------------------------------------------------------
// Scoring

/** 1-based lines over the core's line index, as the label files count them. */
class LabelLines {
  private readonly index: LineIndex;
  constructor(private readonly text: string) {
    this.index = new LineIndex(text);
  }
  lineOf(offset: number): number {
    return this.index.lineOf(offset) + 1;
  }
  lineText(line: number): { start: number; text: string } {
    if (line < 1 || line > this.index.lineCount) return { start: this.text.length, text: '' };
    const start = this.index.lineStart(line - 1);
    return { start, text: this.text.slice(start, this.index.lineEnd(line - 1)) };
  }
}

const straighten = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function sentenceOf(sentences: Span[], offset: number): number {
  return spanIndexAt(sentences, offset);
}

function locate(entries: LabelEntry[] | undefined, lines: LabelLines, sentences: Span[]): Located[] {
  return (entries ?? []).map((entry) => {
    const { start, text } = lines.lineText(entry.line);
    const at = straighten(text).indexOf(straighten(entry.text));
    const span = at >= 0 ? { start: start + at, end: start + at + entry.text.length } : null;
    return { ...entry, span, sentence: span ? sentenceOf(sentences, span.start) : -1 };
  });
}

const BULLET = /^\s*(?:[-•*–]\s|\d{1,3}[.)]\s)/;

/** Where an ambiguous entry makes predictions unscored: its sentence, and its whole list when it is a list item. */
function ambiguousScopes(entries: Located[], lines: LabelLines, sentences: Span[]): Span[] {
  const scopes: Span[] = [];
  for (const entry of entries) {
    if (entry.sentence >= 0) scopes.push(sentences[entry.sentence]);
    if (!BULLET.test(lines.lineText(entry.line).text)) continue;
    let first = entry.line;
    let last = entry.line;
    while (first > 1 && BULLET.test(lines.lineText(first - 1).text)) first--;
    while (BULLET.test(lines.lineText(last + 1).text) && lines.lineText(last + 1).text !== '') last++;
    const end = lines.lineText(last);
    scopes.push({ start: lines.lineText(first).start, end: end.start + end.text.length });
  }
  return scopes;
}

function score(
  predictions: Prediction[],
  positives: Located[],
  negatives: Located[],
  ambiguous: Located[],
  ambiguousScope: Span[],
  sentences: Span[],
  text: string,
  lines: LabelLines,
): Score {
  const result: Score = { truePositives: 0, falsePositives: 0, found: 0, labelled: 0, unscored: 0, falseAlarms: [], misses: [] };
  const item = (span: Span): Item => ({ line: lines.lineOf(span.start), text: text.slice(span.start, span.end).replace(/\s+/g, ' ') });
  const labelledSentences = new Set(positives.map((p) => p.sentence).filter((s) => s >= 0));
  for (const p of predictions) {
    const sentence = sentenceOf(sentences, p.span.start);
    const hits = (entries: Located[]) => entries.some((e) => e.span && overlaps(e.span, p.span));
    if (hits(positives)) result.truePositives++;
    else if (hits(negatives)) result.falsePositives++, result.falseAlarms.push(item(p.span));
    else if (hits(ambiguous)) result.unscored++;
    else if (sentence >= 0 && labelledSentences.has(sentence)) result.truePositives++;
    else if (ambiguousScope.some((s) => overlaps(s, p.span))) result.unscored++;
    else result.falsePositives++, result.falseAlarms.push(item(p.span));
  }
  for (const label of positives) {
    result.labelled++;
    if (label.span && predictions.some((p) => overlaps(p.span, label.span!))) result.found++;
    else result.misses.push({ line: label.line, text: label.text });
  }
  return result;
}

function evaluateFile(dir: string, labelsPath: string, read: (text: string) => Reading): FileReport {
  const labels = JSON.parse(readFileSync(labelsPath, 'utf8')) as LabelFile;
  const text = readFileSync(join(dir, labels.file), 'utf8');
  const lines = new LabelLines(text);
  const reading = read(text);
  const { sentences } = reading;
  const claims = locate(labels.claims, lines, sentences);
  const negatives = locate(labels.negatives, lines, sentences);
  const ambiguous = locate(labels.ambiguous, lines, sentences);
  const scope = ambiguousScopes(ambiguous, lines, sentences);
  const uncitedLabels = claims.filter((c) => c.cited === false);
  const citedLabels = claims.filter((c) => c.cited !== false);
  const kindAgreement = { same: 0, of: 0 };
  for (const label of claims) {
    const hit = label.span && reading.claims.filter((p) => overlaps(p.span, label.span!));
    if (!hit || hit.length === 0 || !label.kind) continue;
    kindAgreement.of++;
    if (hit.some((p) => p.kind === label.kind)) kindAgreement.same++;
  }
  return {
    file: labels.file,
    claims: score(reading.claims, claims, negatives, ambiguous, scope, sentences, text, lines),
    // A finding on a cited claim is wrong, so cited labels act as negatives here.
    uncited: score(reading.uncited, uncitedLabels, [...negatives, ...citedLabels], ambiguous, scope, sentences, text, lines),
    kindAgreement,
    unlocatedLabels: [...claims, ...negatives, ...ambiguous].filter((e) => !e.span).map((e) => ({ line: e.line, text: e.text })),
  };
}

// ---------------------------------------------------------------------------
// Reporting

interface Figures {
  precision: number;
  recall: number;
  f1: number;
}

function figures(s: Pick<Score, 'truePositives' | 'falsePositives' | 'found' | 'labelled'>): Figures {
  const predicted = s.truePositives + s.falsePositives;
  const precision = predicted === 0 ? 1 : s.truePositives / predicted;
  const recall = s.labelled === 0 ? 1 : s.found / s.labelled;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function sum(scores: Score[]): Score {
  const total: Score = { truePositives: 0, falsePositives: 0, found: 0, labelled: 0, unscored: 0, falseAlarms: [], misses: [] };
  for (const s of scores) {
    total.truePositives += s.truePositives;
    total.falsePositives += s.falsePositives;
    total.found += s.found;
    total.labelled += s.labelled;
    total.unscored += s.unscored;
  }
  return total;
}

const pct = (x: number) => x.toFixed(3);
const describe = (s: Score) => {
  const f = figures(s);
  return `P ${pct(f.precision)}  R ${pct(f.recall)}  F1 ${pct(f.f1)}   (tp ${s.truePositives}, fp ${s.falsePositives}, found ${s.found}/${s.labelled}, unscored ${s.unscored})`;
};

function printText(reports: FileReport[], total: { claims: Score; uncited: Score }, corpus: string, mode: string): void {
  console.log(`Claim evaluation — ${corpus} (${mode})\n`);
  for (const r of reports) {
    console.log(r.file);
    console.log(`  claims         ${describe(r.claims)}`);
    console.log(`  uncited-claim  ${describe(r.uncited)}`);
    console.log(`  kinds agree on ${r.kindAgreement.same}/${r.kindAgreement.of} found labels`);
    for (const [name, score] of [['claims', r.claims], ['uncited-claim', r.uncited]] as const) {
      for (const fp of score.falseAlarms) console.log(`    false positive (${name})  ${r.file}:${fp.line}  “${fp.text}”`);
      for (const miss of score.misses) console.log(`    miss (${name})            ${r.file}:${miss.line}  “${miss.text}”`);
    }
    for (const u of r.unlocatedLabels) console.log(`    label not found on its line  ${r.file}:${u.line}  “${u.text}”`);
    console.log('');
  }
  console.log('Overall');
  console.log(`  claims         ${describe(total.claims)}`);
  console.log(`  uncited-claim  ${describe(total.uncited)}`);
}

function main(argv: string[]): number {
  let corpus = 'test/corpus';
  let json: string | true | undefined;
  let fallback = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') {
      const next = argv[i + 1];
      if (next && !next.startsWith('--') && next.endsWith('.json')) json = argv[++i];
      else json = true;
    } else if (arg.startsWith('--json=')) json = arg.slice('--json='.length);
    else if (arg === '--fallback') fallback = true;
    else if (arg.startsWith('--')) {
      console.error(`unknown option ${arg}`);
      return 2;
    } else corpus = arg;
  }
  const dir = resolve(corpus);
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.labels.json')).sort();
  } catch (error) {
    console.error(`cannot read corpus folder ${dir}: ${(error as Error).message}`);
    return 2;
  }
  if (names.length === 0) {
    console.error(`no *.labels.json in ${dir}`);
    return 2;
  }
  const reports = names.map((n) => evaluateFile(dir, join(dir, n), fallback ? fallbackReading : productReading));
  const total = { claims: sum(reports.map((r) => r.claims)), uncited: sum(reports.map((r) => r.uncited)) };
  const overall = { claims: figures(total.claims), uncited: figures(total.uncited) };
  const passed = [overall.claims, overall.uncited].every((f) => f.precision >= MIN_PRECISION && f.recall >= MIN_RECALL);
  const jsonReport = {
    corpus: dir,
    reader: fallback ? 'fallback' : 'analyseEssay',
    thresholds: { precision: MIN_PRECISION, recall: MIN_RECALL },
    passed,
    overall: { claims: { ...overall.claims, ...counts(total.claims) }, uncited: { ...overall.uncited, ...counts(total.uncited) } },
    files: reports.map((r) => ({
      file: r.file,
      claims: { ...figures(r.claims), ...counts(r.claims), falsePositives: r.claims.falseAlarms, misses: r.claims.misses },
      uncited: { ...figures(r.uncited), ...counts(r.uncited), falsePositives: r.uncited.falseAlarms, misses: r.uncited.misses },
      kindAgreement: r.kindAgreement,
      unlocatedLabels: r.unlocatedLabels,
    })),
  };
  if (json === true) console.log(JSON.stringify(jsonReport, null, 2));
  else {
    printText(reports, total, corpus, fallback ? 'fallback sentence reader' : 'analyseEssay');
    if (json) writeFileSync(json, JSON.stringify(jsonReport, null, 2) + '\n');
    console.log(passed ? '\nPASS' : `\nFAIL: precision must be ≥ ${MIN_PRECISION} and recall ≥ ${MIN_RECALL} for both measures`);
  }
  return passed ? 0 : 1;
}

function counts(s: Score) {
  return { truePositives: s.truePositives, falsePositives: s.falsePositives, found: s.found, labelled: s.labelled, unscored: s.unscored };
}

process.exitCode = main(process.argv.slice(2));
