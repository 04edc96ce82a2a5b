// Start-up and memory, each in a fresh process (dist/bench/open-probe.js) on the seeded data dir,
// as a user opening the app sees it. The database file is in the OS cache (it was just written).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from './measure';
import type { BenchResult } from './result';

const RUNS = 5;
const PROBE = fileURLToPath(new URL('./open-probe.js', import.meta.url));

interface ProbeReport {
  toFirstSearchMs: number;
  moduleLoadedMs: number;
  rssMb: number;
}

export function benchOpen(dataDir: string, queries: readonly string[]): BenchResult[] {
  const reports: ProbeReport[] = [];
  for (let run = 0; run < RUNS; run++) {
    const output = execFileSync(process.execPath, [PROBE, dataDir, ...queries], { encoding: 'utf8' });
    reports.push(JSON.parse(output.trim().split('\n').at(-1)!) as ProbeReport);
  }
  const loaded = median(reports.map((r) => r.moduleLoadedMs));
  return [
    {
      name: 'open.toFirstSearch.ms',
      value: median(reports.map((r) => r.toFirstSearchMs)),
      unit: 'ms',
      target: 150,
      note: `median of ${RUNS} fresh processes; ${loaded.toFixed(0)} ms of it is Node start and module loading`,
    },
    {
      name: 'rss.afterSearches.mb',
      value: median(reports.map((r) => r.rssMb)),
      unit: 'MB',
      target: 150,
      note: 'fresh process after the first page and 21 searches',
    },
  ];
}
