// `sampark deals list | create | move` as a user runs them, on a real data folder.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DealDetail, DealSummary } from '../../src-shared/contract/deals';
import { sampark } from './support/run-cli';
import { tempDataDir } from './support/temp-core';

let dataDir: string;
const run = (...args: string[]) => sampark([...args, '--data-dir', dataDir]);

beforeAll(() => {
  dataDir = tempDataDir();
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('sampark deals', () => {
  it('creates a deal with a decimal amount stored in minor units, moves it, and lists it', () => {
    const empty = run('deals', 'list');
    expect(empty.stdout).toContain('No deals yet');
    const created = run('deals', 'create', '--title', 'Website redesign', '--value', '12500.50', '--currency', 'INR', '--stage', 'proposal', '--json');
    expect(created.stderr).toBe('');
    const deal = JSON.parse(created.stdout) as DealDetail;
    expect(deal).toMatchObject({ valueMinor: 1_250_050, currency: 'INR', stageName: 'Proposal', effectiveProbability: 50 });

    const moved = run('deals', 'move', deal.id, '--stage', 'Won');
    expect(moved.status).toBe(0);
    expect(moved.stdout).toBe('Moved Website redesign from Proposal to Won.\n');

    const listed = JSON.parse(run('deals', 'list', '--pipeline', 'sales', '--json').stdout) as DealSummary[];
    expect(listed).toMatchObject([{ id: deal.id, status: 'won', valueMinor: 1_250_050 }]);
    expect(run('deals', 'list').stdout).toContain('Website redesign  ·  Won  ·  INR 12500.50');
  });

  it('refuses bad input with a clear message and a non-zero exit', () => {
    const tooPrecise = run('deals', 'create', '--title', 'X', '--value', '10.555', '--currency', 'INR');
    expect(tooPrecise.status).toBe(1);
    expect(tooPrecise.stderr).toContain('--value must be an amount like 12500.50');
    const negative = run('deals', 'create', '--title', 'X', '--value', '-5');
    expect(negative.status).toBe(1);
    const unknownStage = run('deals', 'create', '--title', 'X', '--value', '5', '--stage', 'Dreaming');
    expect(unknownStage.stderr).toContain('No stage named "Dreaming". Stages: New, Qualified, Proposal, Negotiation, Won, Lost');
    const id = (JSON.parse(run('deals', 'create', '--title', 'Uniforms', '--value', '900', '--json').stdout) as DealDetail).id;
    const noReason = run('deals', 'move', id, '--stage', 'Lost');
    expect(noReason.status).toBe(1);
    expect(noReason.stderr).toContain('Say why the deal was lost');
    expect(run('deals', 'move', id, '--stage', 'Lost', '--reason', 'Price').status).toBe(0);
    expect(run('deals', 'list', '--pipeline', 'Nope').stderr).toContain('No pipeline named "Nope"');
  });
});
