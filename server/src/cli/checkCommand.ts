import { EssayAnalyser } from '../analysis/essayAnalyser';
import { essayFormatOf } from '../core/format';
import type { EssayFormat } from '../core/model';
import type { ReviewOptions } from '../core/options';
import { type CliIo, type CommandArgs, loadConfig } from './args';
import { type CheckedFile, formatSarif } from './formatSarif';
import { formatTextFindings, summaryLine } from './formatText';
import { readEssayFile } from './readEssayFile';
import { buildFileReport } from './report';

export const CHECK_OPTIONS = new Set(['--format', '--config', '--max-warnings', '--input']);

/** `policy-review check`: 0 clean, 1 errors (or too many warnings), 2 a file could not be read. */
export async function runCheck(command: CommandArgs, io: CliIo, version: string): Promise<number> {
  const options = loadConfig(command.configPath);
  const checked: CheckedFile[] = [];
  let ioFailed = false;
  const analyser = new EssayAnalyser();
  try {
    for (const path of command.files) {
      const checkedFile = await checkFile(analyser, path, command.input ?? essayFormatOf(path), options, io);
      if (checkedFile) checked.push(checkedFile);
      else ioFailed = true;
    }
  } finally {
    analyser.dispose();
  }

  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const { findings } of checked) for (const f of findings) counts[f.severity]++;

  const format = command.format ?? 'text';
  if (format === 'json') {
    io.stdout(JSON.stringify({ files: checked.map(({ path, model, findings }) => buildFileReport(path, model, findings)) }, null, 2));
  } else if (format === 'sarif') {
    io.stdout(JSON.stringify(formatSarif(checked, version), null, 2));
  } else {
    for (const { path, model, findings } of checked) for (const line of formatTextFindings(path, model, findings)) io.stdout(line);
    io.stdout(summaryLine(counts, checked.length));
  }

  if (ioFailed) return 2;
  if (counts.error > 0) return 1;
  if (command.maxWarnings !== undefined && counts.warning > command.maxWarnings) return 1;
  return 0;
}

async function checkFile(analyser: EssayAnalyser, path: string, format: EssayFormat, options: ReviewOptions, io: CliIo): Promise<CheckedFile | undefined> {
  const file = readEssayFile(path);
  if (!file.ok) {
    io.stderr(`policy-review: ${path}: ${file.error}`);
    return undefined;
  }
  try {
    const { model, findings } = await analyser.analyse(file.text, format, options);
    return { path, model, findings };
  } catch (error) {
    io.stderr(`policy-review: ${path}: could not be analysed (${(error as Error)?.message ?? String(error)})`);
    return undefined;
  }
}
