// `sampark labels | envelopes | letters` as a user runs them: counts, reasons, files, clear errors.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boot } from '../../src-main/boot';
import { inProcessTransport } from '../../src-main/rpc/in-process-transport';
import { pdfPageSizes, pdfText } from './support/poppler';
import { sampark } from './support/run-cli';
import { tempDataDir } from './support/temp-core';

let dataDir: string;
let out: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  dataDir = tempDataDir();
  out = mkdtempSync(join(dataDir, 'out-'));
  const core = await boot({ dataDir, systemLocale: 'en-IN' });
  const call = async (input: unknown) => {
    const response = await inProcessTransport(core.dispatch).call({ id: 1, method: 'contacts.create', input });
    if (!response.ok) throw new Error(response.error.message);
    return (response.value as { id: string }).id;
  };
  const home = (street: string, postalCode: string, extra = {}) => [{ label: 'home', street, locality: 'Chennai', postalCode, country: 'India', ...extra }];
  ids.asha = await call({ givenName: 'Asha', familyName: 'Sharma', addresses: home('12 MG Road', '600001') });
  ids.ravi = await call({ givenName: 'Ravi', familyName: 'Sharma', addresses: home('12, M.G. Road', '600001') });
  ids.priya = await call({ givenName: 'प्रिया', familyName: 'वर्मा', preferredLanguage: 'hi', addresses: home('बी-४२, लाजपत नगर', '110024', { locality: 'नई दिल्ली' }) });
  ids.noMail = await call({ givenName: 'Quiet', familyName: 'Person', isDoNotMail: true, addresses: home('1 Lake Rd', '600002') });
  ids.half = await call({ givenName: 'Half', familyName: 'Address', addresses: [{ label: 'home', street: '', locality: 'Chennai' }] });
  ids.none = await call({ givenName: 'No', familyName: 'Address' });
  const segment = await inProcessTransport(core.dispatch).call({
    id: 2,
    method: 'segments.create',
    input: { name: 'Delhi', filter: { match: 'all', conditions: [{ field: 'city', op: 'is', value: 'नई दिल्ली' }] } },
  });
  if (!segment.ok) throw new Error(segment.error.message);
  core.close();
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('sampark labels', () => {
  it('prints everyone with an address and says who was skipped and why', () => {
    const file = join(out, 'all.pdf');
    const { status, stdout, stderr } = sampark(['labels', '--sheet', 'l7160', '--out', file, '--data-dir', dataDir]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('Printed 3 labels on 1 page to');
    expect(stdout).toMatch(/Skipped 2: .*1 do not mail/);
    expect(stdout).toMatch(/Skipped 2: .*1 an incomplete address/);
    expect(stdout).toContain('Quiet Person: do not mail');
    expect(pdfPageSizes(file)[0]!.widthPt).toBeCloseTo(595.28, 0);
  });

  it('groups households, starts at label N and reports as JSON', () => {
    const file = join(out, 'household.pdf');
    const { status, stdout } = sampark(['labels', '--sheet', 'avery-5160', '--household', '--start-at', '30', '--caps', '--out', file, '--data-dir', dataDir, '--json']);
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as { printed: number; contacts: number; pageCount: number; skipped: { reason: string }[]; out: string };
    expect(report).toMatchObject({ printed: 2, contacts: 3, pageCount: 2, out: file });
    expect(report.skipped.map((s) => s.reason).sort()).toEqual(['doNotMail', 'incompleteAddress']);
    const text = pdfText(file);
    expect(text).toContain('THE SHARMA FAMILY');
    expect(text).toContain('नई दिल्ली 110024');
  });

  it('prints only the chosen contacts', () => {
    const file = join(out, 'one.pdf');
    const { status, stdout } = sampark(['labels', '--contact', ids.asha!, '--contact', `${ids.noMail},${ids.none}`, '--out', file, '--data-dir', dataDir]);
    expect(status).toBe(0);
    expect(stdout).toContain('Printed 1 labels');
    expect(stdout).toContain('No Address: no postal address');
    expect(pdfText(file)).toContain('Asha Sharma');
  });

  it('says clearly when there is nothing to print, and names unknown sheets', () => {
    const empty = sampark(['labels', '--contact', ids.noMail!, '--out', join(out, 'x.pdf'), '--data-dir', dataDir]);
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain('Nothing to print: none of the 1 contacts can be mailed (1 do not mail)');
    expect(existsSync(join(out, 'x.pdf'))).toBe(false);
    const sheet = sampark(['labels', '--sheet', 'avery-9999', '--out', join(out, 'x.pdf'), '--data-dir', dataDir]);
    expect(sheet.status).toBe(1);
    expect(sheet.stderr).toContain('No label sheet "avery-9999"');
    expect(sampark(['labels', '--data-dir', dataDir]).stderr).toContain('--out FILE.pdf');
  });

  it('prints a saved segment, and names a segment that does not exist instead of printing everyone', () => {
    const file = join(out, 'delhi.pdf');
    const result = sampark(['labels', '--segment', 'delhi', '--out', file, '--data-dir', dataDir]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Printed 1 label');
    expect(pdfText(file)).toContain('प्रिया');
    expect(pdfText(file)).not.toContain('Asha');

    const missing = sampark(['labels', '--segment', 'Diwali list', '--out', join(out, 'x.pdf'), '--data-dir', dataDir]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('No segment called "Diwali list"');
    expect(existsSync(join(out, 'x.pdf'))).toBe(false);
  });
});

describe('sampark envelopes and letters', () => {
  it('prints DL envelopes with the sender’s address', () => {
    const from = join(out, 'from.txt');
    writeFileSync(from, 'Sampark Stores\n4 Anna Salai\nChennai 600002\n');
    const file = join(out, 'env.pdf');
    const { status, stdout } = sampark(['envelopes', '--size', 'dl', '--from', from, '--out', file, '--data-dir', dataDir]);
    expect(status).toBe(0);
    expect(stdout).toContain('Printed 3 envelopes on 3 pages');
    const [size] = pdfPageSizes(file);
    expect(size!.widthPt).toBeCloseTo((220 * 72) / 25.4, 0);
    expect(size!.heightPt).toBeCloseTo((110 * 72) / 25.4, 0);
    expect(pdfText(file)).toContain('4 Anna Salai');
  });

  it('prints one letter per contact with merge fields and a greeting in their language', () => {
    const template = join(out, 'letter.txt');
    writeFileSync(template, '{{address}}\n\n{{salutation}},\n\nOur Diwali sale starts soon, {{givenName}}.\n');
    const file = join(out, 'letters.pdf');
    const { status, stdout } = sampark(['letters', '--template', template, '--contact', ids.asha!, '--contact', ids.priya!, '--out', file, '--data-dir', dataDir]);
    expect(status).toBe(0);
    expect(stdout).toContain('Printed 2 letters on 2 pages');
    const text = pdfText(file).normalize('NFC');
    expect(text).toContain('Dear Asha,');
    expect(text).toContain('प्रिय प्रिया जी,');
    expect(text).toContain('Our Diwali sale starts soon, Asha.');
    expect(pdfPageSizes(file)).toHaveLength(2);
  });

  it('refuses a template with unknown fields before printing anything', () => {
    const template = join(out, 'bad.txt');
    writeFileSync(template, 'Hello {{nmae}}');
    const result = sampark(['letters', '--template', template, '--out', join(out, 'bad.pdf'), '--data-dir', dataDir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('{{nmae}}');
  });
});
