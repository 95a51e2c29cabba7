// npm run bench: how fast Policy Review reads essays from 20 KB to 5 MB, against
// the tools a user would otherwise run, on the same inputs in the same run.
// Writes out/bench/bench.json and out/bench/bench.md, and prints the table.
//   node out/scripts/bench.js [--quick]      (--quick: 3 runs, no 5 MB)
//   node out/scripts/bench.js --scaling plain     (one format's 5 MB / 1 MB ratios)
//   node out/scripts/bench.js --collections plain (the same, with and without garbage collection)
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { analyseEssay, runRules } from '../server/src/core/analyse';
import { findCitedClaims } from '../server/src/core/citedClaims';
import { reanalyse } from '../server/src/core/incremental';
import type { EssayFormat } from '../server/src/core/model';
import { defaultOptions } from '../server/src/core/options';
import { readMarkdownEssay } from '../server/src/core/parse/markdown';
import { MarkdownOutliner } from '../server/src/core/parse/chunkedOutline';
import { readPlainEssay } from '../server/src/core/parse/plain';
import { readYamlFrontMatter } from '../server/src/core/parse/yamlFrontMatter';
import { readSources } from '../server/src/core/sources/readSources';
import { repoPath } from '../test/support/paths';
import { markdownLanguageService, markdownlintDefault, remarkParseOnly } from './bench/anchors';
import { CollectionLog, type TimedSpan } from './bench/collections';
import { essaysPerSecond } from './bench/manyFiles';
import { serverFigures } from './bench/server';
import { growMarkdownEssay, sampleMarkdown, withUrlInEveryNote } from './support/generateEssays';
import { growPlainEssay, samplePlain } from './support/growPlainEssay';
import { median, percentile } from './support/stats';

const quick = process.argv.includes('--quick');
/**
 * Timed runs per measurement: 15 up to 1 MB, where a run takes well under a
 * second and this machine's slow spells make 7 too few for a steady median;
 * 7 at 5 MB, where remark alone takes seconds a run.
 */
const RUNS = quick ? 3 : 15;
const RUNS_AT_5_MB = quick ? 3 : 7;
/**
 * Rounds of 1 MB and 5 MB in turn for the scaling ratios. The rules take 2 ms
 * at 1 MB, where one collection moves a median: with 15 rounds their ratio
 * went from 5.1 to 8.3 between two runs. A round of every stage takes about
 * half a second.
 */
const SCALING_RUNS = 31;
let runs = RUNS;
const WARMUPS = 5;
/**
 * A keystroke takes a few milliseconds, a full analysis tens: 100 warm-up edits
 * are about the work of the full analysis's 5 warm-up runs. With 10, the
 * incremental path was still being compiled and the p50 moved between 2 and 6 ms.
 */
const KEYSTROKE_WARMUPS = quick ? 20 : 100;
const KEYSTROKE_RUNS = quick ? 50 : 100;
const SIZES: [string, number][] = quick
  ? [['20 KB', 20_000], ['100 KB', 100_000], ['1 MB', 1_000_000]]
  : [['20 KB', 20_000], ['100 KB', 100_000], ['1 MB', 1_000_000], ['5 MB', 5_000_000]];
const options = defaultOptions();

async function timeMedian(action: () => unknown): Promise<number> {
  return (await timeSideBySide({ action })).action;
}

/**
 * Each action's timed runs, run in turn — ours, then each anchor, then ours
 * again — rather than one after the other: this machine has slow spells that
 * can last a whole series, and taken in turn every tool meets them alike.
 */
async function timeInTurn<K extends string>(actions: Record<K, () => unknown>): Promise<Record<K, number[]>> {
  const spans = await spansInTurn(actions);
  return Object.fromEntries(Object.entries(spans).map(([key, list]) => [key, (list as TimedSpan[]).map(spanMs)])) as Record<K, number[]>;
}

const spanMs = ([start, end]: TimedSpan) => end - start;

/** `timeInTurn`, with when each timed run started and ended. */
async function spansInTurn<K extends string>(actions: Record<K, () => unknown>): Promise<Record<K, TimedSpan[]>> {
  const spans = Object.fromEntries(Object.keys(actions).map((key) => [key, [] as TimedSpan[]])) as Record<K, TimedSpan[]>;
  for (let i = 0; i < WARMUPS + runs; i++) {
    for (const key of Object.keys(actions) as K[]) {
      const start = performance.now();
      await actions[key]();
      if (i >= WARMUPS) spans[key].push([start, performance.now()]);
    }
  }
  return spans;
}

/** The median time of each action, run in turn. */
async function timeSideBySide<K extends string>(actions: Record<K, () => unknown>): Promise<Record<K, number>> {
  return mediansOf(await timeInTurn(actions));
}

function mediansOf<K extends string>(times: Record<K, number[]>): Record<K, number> {
  return Object.fromEntries(Object.entries(times).map(([key, list]) => [key, median(list as number[])])) as Record<K, number>;
}

/**
 * The median over rounds of one action's time over another's in the same
 * round. A slow spell or a full garbage collection slows both actions of a
 * round alike (by about half, on this machine), so their ratio holds within
 * the round; the ratio of two medians does not when the medians fall in
 * different rounds.
 */
function medianRatio(numerator: number[], denominator: number[]): number {
  return median(numerator.map((time, i) => time / denominator[i]));
}

/** `urls`: a Markdown essay whose every note ends in a URL, so that remark reads every note. */
export function essayOf(format: EssayFormat, bytes: number, urls = false): string {
  const root = repoPath();
  if (format === 'plain') return growPlainEssay(samplePlain(root), bytes);
  const markdown = growMarkdownEssay(sampleMarkdown(root), bytes);
  return urls ? withUrlInEveryNote(markdown) : markdown;
}

/** Each stage of a full analysis on its own, as an action to time. */
function stageActions(format: EssayFormat, text: string): Record<string, () => unknown> {
  if (format === 'plain') {
    const model = readPlainEssay(text);
    // Claims found once, outside the timing: the rules stage times the rules alone, as for Markdown.
    model.claims = findCitedClaims(model, options);
    return {
      read: () => readPlainEssay(text),
      sources: () => readSources(model),
      claims: () => findCitedClaims(model, options),
      rules: () => runRules(model, options),
    };
  }
  const outline = new MarkdownOutliner().outline(text);
  const model = readMarkdownEssay(text, outline, readYamlFrontMatter(text));
  model.claims = findCitedClaims(model, options);
  return {
    parse: () => new MarkdownOutliner().outline(text),
    read: () => readMarkdownEssay(text, outline, readYamlFrontMatter(text)),
    sources: () => readSources(model),
    claims: () => findCitedClaims(model, options),
    rules: () => runRules(model, options),
  };
}

/** Each stage's median time, for the row's table. */
async function stages(format: EssayFormat, text: string): Promise<Record<string, number>> {
  const times: Record<string, number> = {};
  for (const [stage, action] of Object.entries(stageActions(format, text))) times[stage] = await timeMedian(action);
  return times;
}

/**
 * Each stage's time at 5 MB over its time at 1 MB, and the whole analysis's,
 * with the two sizes run in turn in one process, as the tools are beside each
 * other: timed in two processes minutes apart, a slow spell that met one size
 * and not the other moved a stage's ratio between 4.2 and 8.3 on unchanged code.
 */
async function scalingRatios(format: EssayFormat): Promise<Record<string, number>> {
  const { one, five, spans } = await stagesAtBothSizes(format);
  const ratios: Record<string, number> = {};
  for (const [stage, timed] of Object.entries(spans)) ratios[`stage.${stage}Ms`] = medianRatio(timed.five.map(spanMs), timed.one.map(spanMs));
  const whole = await timeInTurn({ one: () => analyseEssay(one, { format, options }), five: () => analyseEssay(five, { format, options }) });
  ratios.analysisMs = medianRatio(whole.five, whole.one);
  return ratios;
}

/** Each stage run on the 1 MB and the 5 MB essay in turn, `SCALING_RUNS` rounds, with when each run started and ended. */
async function stagesAtBothSizes(format: EssayFormat): Promise<{ one: string; five: string; spans: Record<string, Record<'one' | 'five', TimedSpan[]>> }> {
  runs = SCALING_RUNS;
  const one = essayOf(format, 1_000_000);
  const five = essayOf(format, 5_000_000);
  const oneStages = stageActions(format, one);
  const fiveStages = stageActions(format, five);
  const spans: Record<string, Record<'one' | 'five', TimedSpan[]>> = {};
  for (const stage of Object.keys(oneStages)) spans[stage] = await spansInTurn({ one: oneStages[stage], five: fiveStages[stage] });
  return { one, five, spans };
}

/**
 * What the garbage collector does to each stage's scaling ratio: the ratio as
 * `scalingRatios` takes it, the same ratio with the time spent collecting taken
 * out of both runs, and how many of the 1 MB and 5 MB runs met a collection.
 */
async function collectionFigures(format: EssayFormat): Promise<Record<string, Record<string, number>>> {
  const log = new CollectionLog();
  log.start();
  const { spans } = await stagesAtBothSizes(format);
  await log.stop();
  const figures: Record<string, Record<string, number>> = {};
  for (const [stage, timed] of Object.entries(spans)) {
    const ownMs = (span: TimedSpan) => spanMs(span) - log.within(span);
    const metCollection = (list: TimedSpan[]) => list.filter((span) => log.within(span) > 0).length / list.length;
    figures[stage] = {
      ratio: ratio(medianRatio(timed.five.map(spanMs), timed.one.map(spanMs))),
      ratioWithoutCollections: ratio(medianRatio(timed.five.map(ownMs), timed.one.map(ownMs))),
      oneMbRunsMeetingACollection: ratio(metCollection(timed.one)),
      fiveMbRunsMeetingACollection: ratio(metCollection(timed.five)),
      collectingMsPerFiveMbRun: round(timed.five.reduce((total, span) => total + log.within(span), 0) / timed.five.length),
    };
  }
  return figures;
}

/**
 * One row of the table — our analysis, the anchors on the same essay, each
 * stage alone — in a fresh process: in a long-lived one the heap holds what
 * earlier rows left behind, and collecting it lands on whatever runs then.
 */
function rowInFreshProcess(format: EssayFormat, bytes: number, urls = false): Record<string, number> {
  const row = inFreshProcess<Record<string, number>>('--row', format, String(bytes), ...(urls ? ['urls'] : []));
  return { ...row, peakRssMb: peakRssMb(format, bytes, urls) };
}

/** What this script prints, as JSON on its last line, when run again with `args` in a new process. */
function inFreshProcess<T>(...args: string[]): T {
  const child = spawnSync(process.execPath, [__filename, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`measuring ${args.join(' ')} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as T;
}

async function measureRow(format: EssayFormat, bytes: number, urls: boolean): Promise<Record<string, number>> {
  runs = bytes > 1_000_000 ? RUNS_AT_5_MB : RUNS;
  const text = essayOf(format, bytes, urls);
  // A plain essay is set beside the language service on the same essay in Markdown.
  const markdown = format === 'markdown' ? text : essayOf('markdown', bytes);
  const actions: Record<string, () => unknown> = { ours: () => analyseEssay(text, { format, options }) };
  if (format === 'markdown') {
    actions.remark = () => remarkParseOnly(text);
    actions.markdownlint = () => markdownlintDefault(text);
  }
  actions.languageService = () => markdownLanguageService(markdown);
  // Our stages first: after the anchors, collecting their garbage (a 5 MB remark tree per run) would land on them.
  const stageTimes = urls ? {} : await stages(format, text);
  const runTimes = await timeInTurn(actions);
  const times = mediansOf(runTimes);
  const row: Record<string, number> = { chars: text.length, analysisMs: round(times.ours), mbPerS: round(text.length / 1e6 / (times.ours / 1000)) };
  for (const [stage, ms] of Object.entries(stageTimes)) row[`stage.${stage}Ms`] = round(ms);
  if (format === 'markdown') {
    row.remarkParseMs = round(times.remark);
    row.markdownlintMs = round(times.markdownlint);
    row.ratioToRemark = ratio(medianRatio(runTimes.ours, runTimes.remark));
    row.ratioToMarkdownlint = ratio(medianRatio(runTimes.ours, runTimes.markdownlint));
  }
  row.mdLanguageServiceMs = round(times.languageService);
  row.ratioToLanguageService = ratio(medianRatio(runTimes.ours, runTimes.languageService));
  return row;
}

/** Peak resident memory of a fresh process that analyses the essay once. */
function peakRssMb(format: EssayFormat, bytes: number, urls = false): number {
  const kb = inFreshProcess<number>('--rss', format, String(bytes), ...(urls ? ['urls'] : []));
  return Math.round((kb / 1024) * 10) / 10;
}

/** A one-character edit in the middle of a paragraph, re-read the way the server does. */
interface Keystrokes {
  p50: number;
  p95: number;
  /** The full analysis of the same essay. */
  full: number;
}

async function keystroke(format: EssayFormat, text: string): Promise<Keystrokes> {
  // Markdown: the server's worker keeps one outliner, which remembers the parsed runs.
  const outliner = new MarkdownOutliner();
  const outlineOf = (current: string) => (format === 'markdown' ? outliner.outline(current) : undefined);
  // The full analysis timed first, so that the edits' garbage does not land on it.
  const fullMs = await timeMedian(() => analyseEssay(text, { format, options }));
  const full = analyseEssay(text, { format, options, outline: outlineOf(text) });
  const anchor = text.indexOf('mutual trust', text.length / 2);
  const times: number[] = [];
  let previous = full;
  let current = text;
  // Warm-up edits first, as for every other figure: the first keystrokes run before the incremental path is compiled.
  for (let i = 0; i < KEYSTROKE_WARMUPS + KEYSTROKE_RUNS; i++) {
    const at = anchor + (i % 5);
    current = current.slice(0, at) + 'x' + current.slice(at);
    const start = performance.now();
    previous = reanalyse(previous, current, options, outlineOf(current)).analysis;
    if (i >= KEYSTROKE_WARMUPS) times.push(performance.now() - start);
  }
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), full: fullMs };
}

const round = (n: number) => Math.round(n * 10) / 10;
const ratio = (n: number) => Math.round(n * 1000) / 1000;

async function main(): Promise<void> {
  if (process.argv[2] === '--row') {
    const format = process.argv[3] as EssayFormat;
    process.stdout.write(`${JSON.stringify(await measureRow(format, Number(process.argv[4]), process.argv[5] === 'urls'))}\n`);
    return;
  }
  if (process.argv[2] === '--scaling') {
    process.stdout.write(`${JSON.stringify(await scalingRatios(process.argv[3] as EssayFormat))}\n`);
    return;
  }
  if (process.argv[2] === '--collections') {
    process.stdout.write(`${JSON.stringify(await collectionFigures(process.argv[3] as EssayFormat), null, 2)}\n`);
    return;
  }
  if (process.argv[2] === '--keystroke') {
    const format = process.argv[3] as EssayFormat;
    process.stdout.write(`${JSON.stringify(await keystroke(format, essayOf(format, 1_000_000)))}\n`);
    return;
  }
  if (process.argv[2] === '--rss') {
    const format = process.argv[3] as EssayFormat;
    analyseEssay(essayOf(format, Number(process.argv[4]), process.argv[5] === 'urls'), { format, options });
    process.stdout.write(`${process.resourceUsage().maxRSS}\n`);
    return;
  }
  const rows: Record<string, unknown>[] = [];
  const byKey = new Map<string, Record<string, number>>();
  const measure = (key: string, size: string, format: string, row: Record<string, number>) => {
    byKey.set(key, row);
    rows.push({ size, format, ...row });
    process.stderr.write(`measured ${format} ${size}\n`);
  };
  for (const [label, bytes] of SIZES) {
    for (const format of ['plain', 'markdown'] as const) measure(`${format} ${label}`, label, format, rowInFreshProcess(format, bytes));
  }
  // The grown sample's notes need no parse; with a URL in every note remark reads them all.
  measure('markdown-urls 1 MB', '1 MB', 'markdown, a URL in every note', rowInFreshProcess('markdown', 1_000_000, true));
  const oneMbUrls = byKey.get('markdown-urls 1 MB')!;
  const oneMbPlain = byKey.get('plain 1 MB')!;
  const oneMbMarkdown = byKey.get('markdown 1 MB')!;
  // Keystrokes and scaling in fresh processes too, as the rows are measured: not after the rows' garbage.
  const typing = inFreshProcess<Keystrokes>('--keystroke', 'plain');
  const typingMarkdown = inFreshProcess<Keystrokes>('--keystroke', 'markdown');
  const server = await serverFigures(essayOf('plain', 1_000_000), essayOf('markdown', 1_000_000));
  const sample = essayOf('plain', 20_000);
  const manyFiles = essaysPerSecond(Array.from({ length: quick ? 200 : 1000 }, () => sample));
  const scaling: Record<string, number> = {};
  // --quick reads no 5 MB essay.
  for (const format of quick ? [] : (['plain', 'markdown'] as const)) {
    for (const [key, ratio] of Object.entries(inFreshProcess<Record<string, number>>('--scaling', format))) scaling[`${format} ${key}`] = round(ratio * 100) / 100;
  }
  const targets = [
    { target: 'plain 1 MB ≤ 0.5 × Markdown language service (symbols + diagnostics) on the same essay in Markdown, measured in turn', ratio: oneMbPlain.ratioToLanguageService, limit: 0.5 },
    { target: 'Markdown 1 MB ≤ 1.15 × remark-parse + gfm alone', ratio: oneMbMarkdown.ratioToRemark, limit: 1.15 },
    { target: 'Markdown 1 MB ≤ 1.0 × markdownlint', ratio: oneMbMarkdown.ratioToMarkdownlint, limit: 1.0 },
    { target: 'Markdown 1 MB, a URL in every note, ≤ 1.15 × remark-parse + gfm alone', ratio: oneMbUrls.ratioToRemark, limit: 1.15 },
    { target: 'Markdown 1 MB, a URL in every note, ≤ 1.0 × markdownlint', ratio: oneMbUrls.ratioToMarkdownlint, limit: 1.0 },
    { target: 'keystroke on 1 MB plain ≤ 0.1 × full analysis (p50)', ratio: typing.p50 / typing.full, limit: 0.1 },
    { target: 'keystroke on 1 MB plain: p95 < 50 ms', ratio: typing.p95 / 50, limit: 1 },
    { target: 'keystroke on 1 MB Markdown ≤ 0.1 × full analysis (p50)', ratio: typingMarkdown.p50 / typingMarkdown.full, limit: 0.1 },
    { target: 'peak RSS for a 1 MB essay ≤ 150 MB (plain)', ratio: oneMbPlain.peakRssMb / 150, limit: 1 },
    { target: 'peak RSS for a 1 MB essay ≤ 150 MB (Markdown)', ratio: oneMbMarkdown.peakRssMb / 150, limit: 1 },
    { target: 'peak RSS for a 1 MB essay ≤ 150 MB (Markdown, a URL in every note)', ratio: oneMbUrls.peakRssMb / 150, limit: 1 },
    { target: 'server start to first diagnostics on the sample ≤ 500 ms', ratio: server.startToFirstDiagnosticsMs / 500, limit: 1 },
    ...Object.entries(scaling).map(([stage, ratio]) => ({ target: `5 MB / 1 MB ≤ 5.5 (${stage})`, ratio: ratio / 5.5, limit: 1 })),
  ].map((t) => ({ ...t, ratio: Math.round(t.ratio * 1000) / 1000, met: t.ratio <= t.limit }));

  const result = { node: process.version, runs: RUNS, runsAt5Mb: RUNS_AT_5_MB, warmups: WARMUPS, rows, keystroke: { p50Ms: round(typing.p50), p95Ms: round(typing.p95), fullAnalysisMs: round(typing.full) },
    markdownKeystroke: { p50Ms: round(typingMarkdown.p50), p95Ms: round(typingMarkdown.p95), fullAnalysisMs: round(typingMarkdown.full) }, server, manyFiles, scaling, targets };
  mkdirSync(repoPath('out', 'bench'), { recursive: true });
  writeFileSync(repoPath('out', 'bench', 'bench.json'), JSON.stringify(result, null, 2));
  const table = markdownTables(result);
  writeFileSync(repoPath('out', 'bench', 'bench.md'), table);
  process.stdout.write(table);
}

function markdownTables(result: { rows: Record<string, unknown>[]; keystroke: Record<string, number>; markdownKeystroke: Record<string, number>; server: Record<string, number>; manyFiles: Record<string, number>; targets: { target: string; ratio: number; limit: number; met: boolean }[] }): string {
  const lines = [
    `Medians of ${RUNS} runs (${RUNS_AT_5_MB} at 5 MB) after ${WARMUPS} warm-up runs, each tool in turn, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}. A plain row's language service figure is for the same essay in Markdown.`,
    '',
    '| essay | format | analysis ms | MB/s | peak RSS MB | remark parse ms | markdownlint ms | Markdown language service ms |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
    ...result.rows.map((r) => `| ${r.size} | ${r.format} | ${r.analysisMs} | ${r.mbPerS} | ${r.peakRssMb} | ${r.remarkParseMs ?? '—'} | ${r.markdownlintMs ?? '—'} | ${r.mdLanguageServiceMs ?? '—'} |`),
    '',
    `Keystroke on a 1 MB plain essay (re-reading only the edited paragraph): p50 ${result.keystroke.p50Ms} ms, p95 ${result.keystroke.p95Ms} ms (full analysis ${result.keystroke.fullAnalysisMs} ms).`,
    `Keystroke on a 1 MB Markdown essay (the edited chunk's outline read again, then the edited paragraph): p50 ${result.markdownKeystroke.p50Ms} ms, p95 ${result.markdownKeystroke.p95Ms} ms (full analysis ${result.markdownKeystroke.fullAnalysisMs} ms).`,
    `policy-review check over ${quick ? 200 : 1000} essays of 20 KB: ${result.manyFiles.jobs1EssaysPerSecond} essays/s with one worker, ${result.manyFiles.jobs2EssaysPerSecond} with two.`,
    `Server over stdio: start to first diagnostics on the sample ${result.server.startToFirstDiagnosticsMs} ms; one-character change on 1 MB plain → fresh diagnostics p50 ${result.server.changeP50Ms} ms, p95 ${result.server.changeP95Ms} ms, on 1 MB Markdown p50 ${result.server.markdownChangeP50Ms} ms, p95 ${result.server.markdownChangeP95Ms} ms (typing delay set to 0); hover on a marker p50 ${result.server.hoverP50Ms} ms, p95 ${result.server.hoverP95Ms} ms.`,
    '',
    'A ratio against another tool, or between the 1 MB and 5 MB essays, is the median over the runs of the two times taken in the same round.',
    '',
    '| target | ratio (≤ limit) | met |',
    '|---|---:|---|',
    ...result.targets.map((t) => `| ${t.target} | ${t.ratio} (≤ ${t.limit}) | ${t.met ? 'yes' : '**no**'} |`),
    '',
  ];
  return lines.join('\n');
}

void main().catch((error) => {
  process.stderr.write(`bench failed: ${(error as Error)?.stack ?? String(error)}\n`);
  process.exitCode = 1;
});
