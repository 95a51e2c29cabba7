import type { TextDocument } from 'vscode-languageserver-textdocument';
import { EssayAnalyser } from './analysis/essayAnalyser';
import type { Analysis } from './core/analyse';
import { essayFormatOf } from './core/format';
import { defaultOptions, type ReviewOptions } from './core/options';

/** One analysis per document version, cached per URI: nothing parses twice. */
export class DocumentAnalyses {
  private readonly cache = new Map<string, { version: number; analysis: Promise<Analysis> }>();
  private readonly analyser = new EssayAnalyser();
  private options: ReviewOptions = defaultOptions();
  private optionsKey = JSON.stringify(this.options);

  setOptions(options: ReviewOptions): void {
    const key = JSON.stringify(options);
    if (key === this.optionsKey) return;
    this.options = options;
    this.optionsKey = key;
    this.cache.clear();
  }

  get(document: TextDocument): Promise<Analysis> {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version) return cached.analysis;
    const analysis = this.analyser.analyse(document.getText(), essayFormatOf(document.uri, document.languageId), this.options);
    this.cache.set(document.uri, { version: document.version, analysis });
    // A failed analysis is not kept: the next request tries again.
    analysis.catch(() => {
      if (this.cache.get(document.uri)?.analysis === analysis) this.cache.delete(document.uri);
    });
    return analysis;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }

  dispose(): void {
    this.analyser.dispose();
  }
}
