/**
 * build-report.json whatever the options: in the `--json` folder when there is one (the converter
 * writes it there), else at `DEFAULT_BUILD_REPORT_FILE`, so every input's status is on disk even
 * when the console shows only the first warnings. Returns where it is.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BuildReport } from '../../src/schema/build-report.ts';
import { DEFAULT_BUILD_REPORT_FILE } from './args.ts';

export async function saveBuildReport(report: BuildReport, jsonDir: string | null): Promise<string> {
  if (jsonDir) return join(jsonDir, 'build-report.json');
  await mkdir(dirname(DEFAULT_BUILD_REPORT_FILE), { recursive: true });
  await writeFile(DEFAULT_BUILD_REPORT_FILE, `${JSON.stringify(report, null, 2)}\n`);
  return DEFAULT_BUILD_REPORT_FILE;
}
