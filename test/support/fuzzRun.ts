// Runs the analysis over many hostile documents and collects what went wrong.
// Each document has its own seed, so any failure is reproduced from one number.
import { performance } from 'node:perf_hooks';
import { analyseEssay } from '../../server/src/core/analyse';
import { invariantViolations } from './analysisInvariants';
import { seededRandom } from './essayGenerator';
import { generateHostileDocument } from './hostileDocuments';

export interface FuzzFailure {
  seed: number;
  format: 'plain' | 'markdown';
  problem: string;
  text: string;
}

export interface FuzzReport {
  cases: number;
  exceptions: number;
  invariantFailures: number;
  failures: FuzzFailure[];
  slowestMs: number;
}

/** At most this many failures are kept whole, for the report. */
const KEPT = 10;

export function fuzzAnalysis(firstSeed: number, count: number): FuzzReport {
  const report: FuzzReport = { cases: 0, exceptions: 0, invariantFailures: 0, failures: [], slowestMs: 0 };
  for (let seed = firstSeed; seed < firstSeed + count; seed++) {
    const { text, format } = generateHostileDocument(seededRandom(seed));
    report.cases++;
    const started = performance.now();
    let problems: string[];
    try {
      problems = invariantViolations(text, analyseEssay(text, { format }));
    } catch (error) {
      report.exceptions++;
      problems = [`threw ${(error as Error)?.stack ?? String(error)}`];
    }
    report.slowestMs = Math.max(report.slowestMs, performance.now() - started);
    if (problems.length === 0) continue;
    if (!problems[0].startsWith('threw')) report.invariantFailures++;
    if (report.failures.length < KEPT) report.failures.push({ seed, format, problem: problems.join('\n'), text });
  }
  return report;
}

/** A failure as a test message: the seed to rerun it and the document, escaped. */
export function describeFailure(failure: FuzzFailure): string {
  return `seed ${failure.seed} (${failure.format}): ${failure.problem}\n  document: ${JSON.stringify(failure.text)}`;
}
