// Cases through the built CLI on real data folders, and two machines working the same case
// through a real sync folder: both end with the same case and the same history.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boot } from '../../src-main/boot';
import type { CaseDetail, CaseSummary } from '../../src-shared/contract/cases';
import { sampark } from './support/run-cli';
import { tempDataDir } from './support/temp-core';

const HOUR_MS = 3600_000;

function run(args: string[]) {
  const result = sampark(args);
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

/** Reads a case through the real core on that data folder, as the app would show it. */
async function caseOn(dataDir: string, id: string): Promise<CaseDetail> {
  const core = await boot({ dataDir, systemLocale: 'en-IN' });
  try {
    const reply = await core.dispatch({ id: 1, method: 'cases.get', input: { id } });
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.value as CaseDetail;
  } finally {
    core.close();
  }
}

describe('sampark cases', () => {
  it('opens, lists as overdue, resolves with a rating, and refuses bad input with a clear message', () => {
    const dir = tempDataDir();
    run(['seed', '--contacts', '5', '--seed', '3', '--data-dir', dir]);
    const [contact] = JSON.parse(run(['contacts', 'list', '--limit', '1', '--json', '--data-dir', dir])) as { id: string }[];
    const openedAt = new Date(Date.now() - 30 * HOUR_MS).toISOString();
    const opened = JSON.parse(
      run(['cases', 'open', '--contact', contact!.id, '--subject', 'Parcel torn', '--priority', 'high', '--opened-at', openedAt, '--json', '--data-dir', dir]),
    ) as CaseDetail;
    expect(opened.response.state).toBe('overdue');

    const overdue = JSON.parse(run(['cases', 'list', '--overdue', '--json', '--data-dir', dir])) as CaseSummary[];
    expect(overdue.map((c) => c.id)).toContain(opened.id);
    expect(run(['cases', 'list', '--overdue', '--data-dir', dir])).toMatch(/Parcel torn .* 6 h overdue/);

    expect(run(['cases', 'resolve', opened.id, '--satisfaction', '4', '--data-dir', dir])).toContain('rated 4/5');
    const afterwards = JSON.parse(run(['cases', 'list', '--overdue', '--json', '--data-dir', dir])) as CaseSummary[];
    expect(afterwards.map((c) => c.id)).not.toContain(opened.id);
    const resolved = (JSON.parse(run(['cases', 'list', '--status', 'resolved', '--json', '--data-dir', dir])) as CaseSummary[]).find((c) => c.id === opened.id);
    expect(resolved).toMatchObject({ status: 'resolved', satisfaction: 4 });

    // Export: spreadsheet-safe CSV and JSON for scripts, every case including the demo ones.
    run(['cases', 'open', '--contact', contact!.id, '--subject', '=HYPERLINK("http://evil.example","x")', '--data-dir', dir]);
    const csvFile = join(dir, 'cases.csv');
    expect(run(['export', 'cases', '--format', 'csv', '--out', csvFile, '--data-dir', dir])).toMatch(/^Wrote \d+ cases/);
    const csv = readFileSync(csvFile, 'utf8');
    expect(csv.startsWith('\uFEFFId,Subject,Kind,Priority,Status')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csv).toMatch(new RegExp(`${opened.id},Parcel torn,complaint,high,resolved,.*,4,,\r\n`));
    const jsonFile = join(dir, 'cases.json');
    run(['export', 'cases', '--format', 'json', '--out', jsonFile, '--data-dir', dir]);
    const exported = JSON.parse(readFileSync(jsonFile, 'utf8')) as { cases: CaseSummary[] };
    expect(exported.cases.find((c) => c.id === opened.id)).toMatchObject({ subject: 'Parcel torn', satisfaction: 4, status: 'resolved' });
    expect(exported.cases).toHaveLength(csv.trimEnd().split('\r\n').length - 1);

    const badRating = sampark(['cases', 'resolve', opened.id, '--satisfaction', '7', '--data-dir', dir]);
    expect(badRating.status).toBe(1);
    expect(badRating.stderr).toContain('1 to 5');
    const again = sampark(['cases', 'resolve', opened.id, '--data-dir', dir]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already resolved');
    const unknown = sampark(['cases', 'open', '--contact', '0190f0f0-0000-7000-8000-000000000000', '--subject', 'x', '--data-dir', dir]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('No contact');
  }, 120_000);

  it('two machines working one case converge on the same case and history', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sampark-cases-sync-'));
    const shop = tempDataDir();
    const laptop = tempDataDir();
    run(['seed', '--contacts', '10', '--data-dir', shop]);
    const [contact] = JSON.parse(run(['contacts', 'list', '--limit', '1', '--json', '--data-dir', shop])) as { id: string }[];
    const opened = JSON.parse(run(['cases', 'open', '--contact', contact!.id, '--subject', 'Mixer stopped working', '--priority', 'urgent', '--json', '--data-dir', shop])) as CaseDetail;
    run(['sync', '--folder', folder, '--data-dir', shop, '--device-name', 'shop']);
    run(['sync', '--folder', folder, '--data-dir', laptop, '--device-name', 'laptop']);

    // Without syncing in between, the shop answers and the laptop resolves with the customer's rating.
    run(['cases', 'respond', opened.id, '--text', 'Technician visiting tomorrow', '--data-dir', shop]);
    run(['cases', 'resolve', opened.id, '--satisfaction', '5', '--note', 'Motor replaced', '--data-dir', laptop]);
    for (const dir of [shop, laptop, shop]) run(['sync', '--data-dir', dir]);

    const [onShop, onLaptop] = [await caseOn(shop, opened.id), await caseOn(laptop, opened.id)];
    const { response: _shopResponse, ...shopCase } = onShop;
    const { response: _laptopResponse, ...laptopCase } = onLaptop;
    expect(laptopCase).toEqual(shopCase);
    expect(onShop).toMatchObject({ status: 'resolved', satisfaction: 5, resolutionNote: 'Motor replaced' });
    expect(onShop.events.map((e) => [e.kind, e.text])).toEqual([
      ['opened', ''],
      ['responded', 'Technician visiting tomorrow'],
      ['resolved', 'Motor replaced'],
    ]);
    // Who did what: the shop opened and answered, the laptop resolved; once sync is set up, with the user's name.
    const [openedBy, respondedBy, resolvedBy] = onShop.events.map((e) => e.byDevice);
    expect(respondedBy).toBe(openedBy);
    expect(resolvedBy).not.toBe(openedBy);
    expect(onShop.events[2]!.byName).not.toBe('');
  }, 180_000);
});
