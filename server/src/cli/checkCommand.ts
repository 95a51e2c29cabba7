import { availableParallelism } from 'node:os';
import { EssayAnalyser } from '../analysis/essayAnalyser';
import { essayFormatOf } from '../core/format';
import { type CliIo, type CommandArgs, loadConfig } from './args';
import { checkInWorkers } from './checkPool';
import { type CheckRequest, checkOneFile, type FileResult } from './fileResult';
import { sarifLog } from './formatSarif';
import { summaryLine } from './formatText';

export const CHECK_OPTIONS = new Set(['--format', '--config', '--max-warnings', '--input', '--jobs']);

/** Below this many files, starting worker threads costs more than it saves. */
const FILES_PER_WORKER = 4;

/** `policy-review check`: 0 clean, 1 errors (or too many warnings), 2 a file could not be read. */
export async function runCheck(command: CommandArgs, io: CliIo, version: string): Promise<number> {
  const options = loadConfig(command.configPath);
  const output = command.format ?? 'text';
  const requests: CheckRequest[] = command.files.map((path) => ({ path, format: command.input ?? essayFormatOf(path), output, options }));
  const workers = Math.min(command.jobs ?? availableParallelism(), Math.floor(requests.length / FILES_PER_WORKER));
  const progress = io.progress ?? (() => undefined);
  let results: FileResult[];
  if (workers >= 2) {
    results = await checkInWorkers(requests, workers, (done) => progress(`checked ${done}/${requests.length} essays`));
  } else {
    results = [];
    const analyser = new EssayAnalyser();
    try {
      for (const request of requests) {
        results.push(await checkOneFile(analyser, request));
        if (requests.length > 1) progress(`checked ${results.length}/${requests.length} essays`);
      }
    } finally {
      analyser.dispose();
    }
  }
  progress('');

  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  let ioFailed = false;
  for (const result of results) {
    if (!result.ok) {
      io.stderr(`policy-review: ${result.path}: ${result.error}`);
      ioFailed = true;
      continue;
    }
    for (const key of Object.keys(counts) as (keyof typeof counts)[]) counts[key] += result.counts[key];
  }
  const checked = results.filter((r): r is Extract<FileResult, { ok: true }> => r.ok);
  if (output === 'json') {
    io.stdout(JSON.stringify({ files: checked.map((r) => r.report) }, null, 2));
  } else if (output === 'sarif') {
    io.stdout(JSON.stringify(sarifLog(checked.flatMap((r) => r.sarif ?? []), version), null, 2));
  } else {
    for (const result of checked) for (const line of result.text ?? []) io.stdout(line);
    io.stdout(summaryLine(counts, checked.length));
  }

  if (ioFailed) return 2;
  if (counts.error > 0) return 1;
  if (command.maxWarnings !== undefined && counts.warning > command.maxWarnings) return 1;
  return 0;
}
