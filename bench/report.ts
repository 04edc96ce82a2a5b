// The readable table on stdout and bench/results/latest.json (git-ignored) for comparing runs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname } from 'node:path';
import type { BenchResult } from './result';

export function machineInfo() {
  const cpuList = cpus();
  return {
    cpus: cpuList.length,
    cpuModel: cpuList[0]?.model ?? 'unknown',
    totalMemGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    date: new Date().toISOString(),
  };
}

const format = (value: number | undefined) =>
  value === undefined || Number.isNaN(value)
    ? ''
    : Math.abs(value) >= 100
      ? value.toFixed(0)
      : Math.abs(value) >= 10
        ? value.toFixed(1)
        : value.toFixed(3);

export function printTable(results: readonly BenchResult[]): void {
  const rows = [
    ['name', 'value', 'unit', 'baseline', 'ratio', 'target', ''],
    ...results.map((r) => [
      r.name,
      format(r.value),
      r.unit,
      format(r.baseline),
      r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}x`,
      format(r.target),
      r.target === undefined ? '' : r.value <= r.target ? '✓' : '✗',
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((cell, column) => (column === 0 || column === 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  console.log(line(rows[0]!));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows.slice(1)) console.log(line(row));
  const notes = results.filter((r) => r.note);
  if (notes.length > 0) {
    console.log('');
    for (const r of notes) console.log(`${r.name}: ${r.note}`);
  }
}

export function writeResults(file: string, results: readonly BenchResult[]): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ machine: machineInfo(), results }, null, 2)}\n`);
}
