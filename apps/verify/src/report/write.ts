// Writes verify-report.md (for people) and verify-report.json (the VerifyResult, for machines).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { VerifyResult } from '../types.js';
import { renderMarkdown } from './markdown.js';

export async function writeReports(result: VerifyResult, dir: string): Promise<{ markdown: string; json: string }> {
  await mkdir(dir, { recursive: true });
  const files = { markdown: path.join(dir, 'verify-report.md'), json: path.join(dir, 'verify-report.json') };
  result.reportFiles = files;
  await writeFile(files.json, `${JSON.stringify(result, null, 2)}\n`);
  await writeFile(files.markdown, renderMarkdown(result));
  return files;
}
