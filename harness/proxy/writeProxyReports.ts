import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scrub } from '../client/redact.js';
import type { Report } from '../report/Report.js';
import { writeReports } from '../report/writeReports.js';
import { harLog } from './harLog.js';
import type { ProxyExchange } from './ProxyExchange.js';

/**
 * Writes a proxy run's reports into `dir`: the report family of `run` (report.json, junit.xml,
 * summary.md, gaps.md, index.html, cases/) plus exchanges.har. Every file is scrubbed of the
 * profile's secrets once more after redaction.
 */
export function writeProxyReports(report: Report, exchanges: readonly ProxyExchange[], dir: string, secrets: readonly string[]): { files: string[] } {
  const { files } = writeReports(JSON.parse(scrub(JSON.stringify(report), secrets)) as Report, dir);
  const har = join(dir, report.traffic?.har ?? 'exchanges.har');
  writeFileSync(resolve(har), harLog(exchanges, report.run.tool, secrets));
  return { files: [...files, har] };
}
