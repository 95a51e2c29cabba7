import type { TextDocument } from 'vscode-languageserver-textdocument';
import { EssayAnalyser } from './analysis/essayAnalyser';
import { exceedsSizeLimit } from './analysis/sizeLimit';
import type { Analysis } from './core/analyse';
import { essayFormatOf } from './core/format';
import { reanalyse } from './core/incremental';
import type { EssayFormat } from './core/model';
import type { ReviewOptions } from './core/options';

interface CachedAnalysis {
  version: number;
  optionsKey: string;
  format: EssayFormat;
  analysis: Promise<Analysis>;
  /** The analysis once it is done: the base for re-reading only what the next edit touched. */
  settled?: Analysis;
}

/**
 * One analysis per document version and settings, cached per URI: diagnostics
 * and every request on that version share it, so nothing parses twice.
 */
export class DocumentAnalyses {
  private readonly cache = new Map<string, CachedAnalysis>();
  private readonly analyser = new EssayAnalyser();

  get(document: TextDocument, options: ReviewOptions): Promise<Analysis> {
    const optionsKey = JSON.stringify(options);
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version && cached.optionsKey === optionsKey) return cached.analysis;
    const format = essayFormatOf(document.uri, document.languageId);
    const text = document.getText();
    // Only the paragraph an edit touched is read again when it can be (a keystroke on a 1 MB essay).
    const base = cached?.settled && cached.optionsKey === optionsKey && cached.format === format ? cached.settled : undefined;
    // A paused reading (over the size limit) is no base to build on, and a text over the limit is not read at all.
    const reusable = base !== undefined && !exceedsSizeLimit(base.model.text, options) && !exceedsSizeLimit(text, options) ? base : undefined;
    const analysis =
      format === 'plain' && reusable ? Promise.resolve().then(() => reanalyse(reusable, text, options).analysis) : this.analyser.analyse(text, format, options, reusable);
    const entry: CachedAnalysis = { version: document.version, optionsKey, format, analysis };
    this.cache.set(document.uri, entry);
    analysis.then((settled) => (entry.settled = settled)).catch(() => undefined);
    // A failed analysis is not kept: the next request tries again.
    analysis.catch(() => {
      if (this.cache.get(document.uri)?.analysis === analysis) this.cache.delete(document.uri);
    });
    return analysis;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  dispose(): void {
    this.analyser.dispose();
  }
}
