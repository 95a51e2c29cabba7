import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyseEssay, type Analysis } from '../core/analyse';
import { reanalyse } from '../core/incremental';
import type { EssayFormat } from '../core/model';
import type { ReviewOptions } from '../core/options';
import { type ChunkedReading, outlineAfterSmallEdit } from '../core/parse/chunkEdit';
import type { MarkdownOutline } from '../core/parse/markdownOutline';
import type { Finding } from '../core/rules/rule';
import { exceedsSizeLimit, pausedAnalysis } from './sizeLimit';

export interface EssayAnalyserOptions {
  /** The bundled worker script; defaults to markdownWorker.js beside this bundle. */
  workerPath?: string;
  /** Time the Markdown parse may take for a text of this many characters. */
  budgetMs?: (length: number) => number;
}

/**
 * remark reads ordinary Markdown at about 1 MB/s here once warm (0.6 MB/s cold):
 * 1 s plus 1 s per MB covers an essay (a 1 MB one parses in 1–1.7 s), and is short
 * enough that a parse that would hang falls back to plain text within 5 s for
 * every pathological input we test (see README, Robustness).
 */
export function defaultBudgetMs(length: number): number {
  return 1000 + Math.ceil(length / 1000);
}

/** A parse still running after this may run out of time: start reading the fallback meanwhile. */
const FALLBACK_HEAD_START_MS = 500;

type OutlineResult = { outline: MarkdownOutline; reading?: ChunkedReading } | { failure: string };

/**
 * Analyses essays for the CLI and the server. Markdown is parsed in a worker
 * thread under a time budget; when the budget runs out (or remark fails) the
 * worker is stopped and the essay is read as plain text, with one notice.
 */
export class EssayAnalyser {
  private worker: Worker | undefined;
  private nextId = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly workerPath: string;
  private readonly budgetMs: (length: number) => number;

  constructor(options: EssayAnalyserOptions = {}) {
    this.workerPath = options.workerPath ?? join(__dirname, 'markdownWorker.js');
    this.budgetMs = options.budgetMs ?? defaultBudgetMs;
  }

  /**
   * `previous` is this document's last analysis with the same options: a
   * Markdown edit that leaves the outline as it was re-reads only its paragraph.
   */
  async analyse(text: string, format: EssayFormat, options: ReviewOptions, previous?: Analysis): Promise<Analysis> {
    if (exceedsSizeLimit(text, options)) return pausedAnalysis(text, format, options);
    if (format === 'plain') return analyseEssay(text, { format, options });
    // A keystroke in a prose paragraph: the outline follows from the last one, with no parse and no trip to the worker.
    const edited = previous?.outline && previous.chunkedReading && outlineAfterSmallEdit({ text: previous.model.text, outline: previous.outline, reading: previous.chunkedReading }, text);
    if (edited) return { ...reanalyse(previous, text, options, edited.outline, edited.change).analysis, chunkedReading: edited.reading };
    const parse = this.outlineInTurn(text);
    let result = await resultWithin(parse, FALLBACK_HEAD_START_MS);
    let fallback: Analysis | undefined;
    if (!result) {
      // This thread is idle while remark works in its own: read the plain fallback now, so a
      // parse that runs out of time costs its budget, not its budget plus the fallback.
      fallback = analyseEssay(text, { format: 'plain', options });
      result = await parse;
    }
    if ('outline' in result) {
      const analysis = previous?.outline ? reanalyse(previous, text, options, result.outline).analysis : analyseEssay(text, { format, options, outline: result.outline });
      return result.reading ? { ...analysis, chunkedReading: result.reading } : analysis;
    }
    const analysis = fallback ?? analyseEssay(text, { format: 'plain', options });
    const notice: Finding = {
      rule: 'markdown-fallback',
      severity: 'information',
      message: `${result.failure}; the essay was read as plain text, so Markdown structure (headings, [^note] footnotes) may be missed.`,
      span: { start: 0, end: 0 },
      related: [],
    };
    return { model: analysis.model, findings: [notice, ...analysis.findings] };
  }

  /** Stops the worker; later calls start a new one. */
  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  /** One parse at a time, so each budget measures its own parse and not the queue. */
  private outlineInTurn(text: string): Promise<OutlineResult> {
    const run = this.queue.then(() => this.outline(text));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private outline(text: string): Promise<OutlineResult> {
    if (!existsSync(this.workerPath)) {
      return Promise.resolve({ failure: `The Markdown reader is missing (${this.workerPath})` });
    }
    const worker = this.ensureWorker();
    const id = ++this.nextId;
    const budget = this.budgetMs(text.length);
    return new Promise<OutlineResult>((resolve) => {
      const finish = (result: OutlineResult) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolve(result);
      };
      const onMessage = (message: { id: number; outline?: MarkdownOutline; reading?: ChunkedReading; error?: string }) => {
        if (message.id !== id) return;
        finish(message.outline ? { outline: message.outline, ...(message.reading ? { reading: message.reading } : {}) } : { failure: `Markdown parsing failed (${message.error})` });
      };
      const onError = (error: Error) => {
        this.worker = undefined;
        finish({ failure: `Markdown parsing failed (${error.message})` });
      };
      const onExit = () => {
        this.worker = undefined;
        finish({ failure: 'Markdown parsing stopped unexpectedly' });
      };
      const timer = setTimeout(() => {
        this.dispose();
        finish({ failure: `Markdown parsing took longer than ${(budget / 1000).toFixed(1)} s` });
      }, budget);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ id, text });
    });
  }

  private ensureWorker(): Worker {
    if (!this.worker) {
      this.worker = new Worker(this.workerPath);
      // The worker alone must not keep a CLI run alive; a pending parse's timer does.
      this.worker.unref();
    }
    return this.worker;
  }
}

/** The promise's value if it settles within `ms`, else undefined (the promise runs on). */
function resultWithin<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
