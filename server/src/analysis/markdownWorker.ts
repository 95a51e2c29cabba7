// Worker thread: runs the remark parse of one Markdown essay at a time and
// sends back its outline. Runs apart from the main thread so a pathological
// document can be stopped when its time budget runs out.
import { parentPort } from 'node:worker_threads';
import { MarkdownOutliner } from '../core/parse/chunkedOutline';

export interface OutlineRequest {
  id: number;
  text: string;
}

// Remembers each chunk's outline from the last essay, so a keystroke re-parses only the chunk it touched.
const outliner = new MarkdownOutliner();

parentPort?.on('message', ({ id, text }: OutlineRequest) => {
  try {
    const outline = outliner.outline(text);
    parentPort!.postMessage({ id, outline, reading: outliner.chunkedReading });
  } catch (error) {
    // remark overflows its stack on some inputs ("> " × 50,000): report, do not die.
    parentPort!.postMessage({ id, error: (error as Error)?.message ?? String(error) });
  }
});
