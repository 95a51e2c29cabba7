import type { TextDocument } from 'vscode-languageserver-textdocument';
import { EssayAnalyser } from './analysis/essayAnalyser';
import type { Analysis } from './core/analyse';
import { essayFormatOf } from './core/format';
import type { ReviewOptions } from './core/options';

interface CachedAnalysis {
  version: number;
  optionsKey: string;
  analysis: Promise<Analysis>;
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
    const analysis = this.analyser.analyse(document.getText(), essayFormatOf(document.uri, document.languageId), options);
    this.cache.set(document.uri, { version: document.version, optionsKey, analysis });
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
