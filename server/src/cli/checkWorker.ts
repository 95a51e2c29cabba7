// Worker thread of `policy-review check`: checks the files it is sent, one at a
// time, and posts each result back. Many files spread over all cores.
import { parentPort } from 'node:worker_threads';
import { join } from 'node:path';
import { EssayAnalyser } from '../analysis/essayAnalyser';
import { type CheckRequest, checkOneFile } from './fileResult';

// The Markdown worker sits beside this bundle too.
const analyser = new EssayAnalyser({ workerPath: join(__dirname, 'markdownWorker.js') });

parentPort?.on('message', async (message: { id: number; request: CheckRequest } | 'stop') => {
  if (message === 'stop') {
    analyser.dispose();
    parentPort!.close();
    return;
  }
  const result = await checkOneFile(analyser, message.request);
  parentPort!.postMessage({ id: message.id, result });
});
