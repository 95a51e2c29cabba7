// Runs one pathological case in a worker thread and kills it when it takes too
// long: a hang becomes a failed case with a time, not a stuck test run.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PathologicalCase, PathologicalOutcome } from './pathologicalWorker';

/** The limit: an analysis still running after this is a hang. */
export const KILL_AFTER_MS = 5_000;

export type CaseResult = ({ status: 'done' } & PathologicalOutcome) | { status: 'killed' | 'crashed'; ms: number; problems: string[] };

/** The worker bundle sits beside the bundled tests and scripts (see esbuild.mjs). */
const WORKER = join(__dirname, 'pathologicalWorker.js');

export function runKillable(request: PathologicalCase, killAfterMs = KILL_AFTER_MS): Promise<CaseResult> {
  return new Promise((resolve) => {
    const worker = new Worker(WORKER);
    const started = Date.now();
    let settled = false;
    const settle = (result: CaseResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => settle({ status: 'killed', ms: Date.now() - started, problems: [`still running after ${killAfterMs} ms: killed`] }), killAfterMs);
    worker.once('message', (outcome: PathologicalOutcome) => settle({ status: 'done', ...outcome }));
    worker.once('error', (error) => settle({ status: 'crashed', ms: Date.now() - started, problems: [`crashed: ${error.stack ?? error.message}`] }));
    worker.once('exit', (code) => settle({ status: 'crashed', ms: Date.now() - started, problems: [`exited with code ${code} before answering`] }));
    worker.postMessage(request);
  });
}
