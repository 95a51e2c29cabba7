// Worker thread: analyses one pathological document the way the CLI and the
// server do (the Markdown parse in its own worker, under its time budget) and
// checks the reading. Runs apart so the caller can kill it when it hangs.
import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import { EssayAnalyser } from '../../server/src/analysis/essayAnalyser';
import type { EssayFormat } from '../../server/src/core/model';
import { defaultOptions } from '../../server/src/core/options';
import { invariantViolations } from './analysisInvariants';
import { familyNamed } from './pathologicalFamilies';

export interface PathologicalCase {
  family: string;
  n: number;
  format: EssayFormat;
  /** Override of the size limit, to check documents the default would pause. */
  maxFileSizeMB?: number;
}

export interface PathologicalOutcome {
  ms: number;
  chars: number;
  findings: number;
  fellBack: boolean;
  problems: string[];
}

parentPort?.once('message', async (request: PathologicalCase) => {
  const family = familyNamed(request.family);
  const text = family.build(request.n);
  const options = defaultOptions();
  if (request.maxFileSizeMB !== undefined) options.maxFileSizeMB = request.maxFileSizeMB;
  const analyser = new EssayAnalyser();
  const started = performance.now();
  const analysis = await analyser.analyse(text, request.format, options);
  const ms = performance.now() - started;
  analyser.dispose();
  const problems = [...invariantViolations(text, analysis), ...family.expect(analysis, request.n, request.format, options.maxFileSizeMB)];
  problems.push(...analysis.findings.filter((f) => f.rule === 'analysis-error').map((f) => f.message));
  const outcome: PathologicalOutcome = { ms, chars: text.length, findings: analysis.findings.length, fellBack: analysis.findings.some((f) => f.rule === 'markdown-fallback'), problems };
  parentPort!.postMessage(outcome);
});
