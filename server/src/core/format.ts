import type { EssayFormat } from './model';

/** The reader for a document: Markdown by language id or by extension, plain text otherwise. */
export function essayFormatOf(pathOrUri: string, languageId?: string): EssayFormat {
  if (languageId === 'markdown') return 'markdown';
  return /\.(?:md|markdown)$/i.test(pathOrUri) ? 'markdown' : 'plain';
}
