import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CheckRequest, FileResult } from './fileResult';

/**
 * Checks files on several worker threads, each taking the next file when it is
 * done with one. Results come back in the order of the requests.
 */
export async function checkInWorkers(requests: CheckRequest[], workers: number, onProgress: (done: number) => void): Promise<FileResult[]> {
  const script = join(__dirname, 'checkWorker.js');
  if (!existsSync(script)) throw new Error(`the check worker is missing (${script})`);
  const results: FileResult[] = new Array(requests.length);
  let next = 0;
  let done = 0;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(script);
      const give = () => {
        if (next >= requests.length) {
          worker.postMessage('stop');
          return;
        }
        const id = next++;
        worker.postMessage({ id, request: requests[id] });
      };
      worker.on('message', ({ id, result }: { id: number; result: FileResult }) => {
        results[id] = result;
        onProgress(++done);
        give();
      });
      worker.on('error', reject);
      worker.on('exit', () => resolve());
      give();
    });
  await Promise.all(Array.from({ length: Math.min(workers, requests.length) }, runWorker));
  return results;
}
