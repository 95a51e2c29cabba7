import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyseEssay, type Analysis } from './core/analyse';
import type { EssayFormat } from './core/model';
import { defaultOptions, type ReviewOptions } from './core/options';

/** One analysis per document version, cached per URI: nothing parses twice. */
export class DocumentAnalyses {
  private readonly cache = new Map<string, { version: number; analysis: Analysis }>();
  private options: ReviewOptions = defaultOptions();
  private optionsKey = JSON.stringify(this.options);

  setOptions(options: ReviewOptions): void {
    const key = JSON.stringify(options);
    if (key === this.optionsKey) return;
    this.options = options;
    this.optionsKey = key;
    this.cache.clear();
  }

  get(document: TextDocument): Analysis {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version) return cached.analysis;
    const analysis = analyseEssay(document.getText(), { format: formatOf(document), options: this.options });
    this.cache.set(document.uri, { version: document.version, analysis });
    return analysis;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }
}

export function formatOf(document: TextDocument): EssayFormat {
  return document.languageId === 'markdown' || /\.(md|markdown)$/i.test(document.uri) ? 'markdown' : 'plain';
}
