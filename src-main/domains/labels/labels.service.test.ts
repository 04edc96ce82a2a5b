import { beforeEach, describe, expect, it } from 'vitest';
import { ContactFields, type ContactFieldsInput } from '../../../src-shared/contract/contacts';
import { LabelRequest, type LabelRequestInput } from '../../../src-shared/contract/labels';
import { createChangeWriter } from '../../db/changes/change-writer';
import { openMemoryDatabase } from '../../db/memory-database';
import { EventBus } from '../../events';
import { createContactsService, type ContactsService } from '../contacts';
import { createLabelSheetsService } from './label-sheets.service';
import { labelsHandlers } from './labels.handlers';
import { createLabelsService, type LabelsHooks } from './labels.service';
import { createPrinterOffsets } from './printer-offsets';

let contacts: ContactsService;
let printed: string[];
let setup: (hooks?: LabelsHooks) => ReturnType<typeof labelsHandlers>;

beforeEach(async () => {
  const sqlite = await openMemoryDatabase();
  const writer = createChangeWriter(sqlite);
  contacts = createContactsService(sqlite, new EventBus(), writer);
  printed = [];
  setup = (hooks) => {
    const sheets = createLabelSheetsService(sqlite, writer);
    const offsets = createPrinterOffsets(sqlite);
    const printer = { toPdf: (html: string) => Promise.resolve(new TextEncoder().encode((printed.push(html), '%PDF-'))) };
    return labelsHandlers(createLabelsService({ sqlite, contacts, sheets, offsets, printer, homeCountry: () => 'IN', hooks }), sheets, offsets);
  };
});

const create = (input: ContactFieldsInput) => contacts.create(ContactFields.parse(input)).id;
const at = (street: string, postalCode = '600001') => [{ label: 'home', street, locality: 'Chennai', postalCode, country: 'India' }];
const request = (input: LabelRequestInput) => LabelRequest.parse(input);
/** Handlers may answer synchronously or not; as a promise either way. */
const later = async <T>(run: () => T | Promise<T>): Promise<T> => run();

describe('labels service on a real database', () => {
  it('previews at most 20 sheets but counts them all; the PDF has every label', async () => {
    for (let i = 0; i < 130; i++) create({ givenName: `P${i}`, addresses: at(`${i} Road`) });
    const labels = setup();
    const preview = await labels.preview(request({ sheetId: 'avery-5164' }));
    expect(preview).toMatchObject({ printed: 130, pageCount: 22, shownPageCount: 20 });
    expect(preview.html.match(/class="label"/g)).toHaveLength(120);
    const pdf = await labels.pdf(request({ sheetId: 'avery-5164' }));
    expect(pdf).toMatchObject({ printed: 130, pageCount: 22 });
    expect(printed[0]!.match(/class="label"/g)).toHaveLength(130);
  });

  it('reports who was skipped and why, ids that do not exist too; households from the database', async () => {
    const asha = create({ givenName: 'Asha', familyName: 'Sharma', addresses: at('12 MG Road') });
    const ravi = create({ givenName: 'Ravi', familyName: 'Sharma', addresses: at('12, M.G. Road') });
    const quiet = create({ givenName: 'Quiet', familyName: 'X', isDoNotMail: true, addresses: at('1 Lake Rd') });
    const nowhere = create({ givenName: 'No', familyName: 'Where' });
    const gone = '01900000-0000-7000-8000-000000000000';
    const labels = setup();
    const preview = await labels.preview(request({ contactIds: [asha, ravi, quiet, nowhere, gone], isHousehold: true }));
    expect(preview).toMatchObject({ printed: 1, contacts: 2 });
    expect(preview.html).toContain('The Sharma Family');
    expect(preview.skipped.map((s) => s.reason).sort()).toEqual(['doNotMail', 'noAddress', 'notFound']);
  });

  it('an empty selection previews as empty but refuses to print, with the reasons', async () => {
    const quiet = create({ givenName: 'Quiet', familyName: 'X', isDoNotMail: true, addresses: at('1 Lake Rd') });
    const labels = setup();
    await expect(later(() => labels.preview(request({ contactIds: [quiet] })))).resolves.toMatchObject({ printed: 0, html: '', skipped: [{ reason: 'doNotMail' }] });
    await expect(later(() => labels.pdf(request({ contactIds: [quiet] })))).rejects.toThrow('Nothing to print: none of the 1 contacts can be mailed (1 do not mail)');
    await expect(later(() => labels.pdf(request({ contactIds: [] })))).rejects.toThrow('no contacts were chosen, or none has a postal address');
  });

  it('segments, campaigns and response codes come through their hooks', async () => {
    const asha = create({ givenName: 'Asha', familyName: 'Sharma', addresses: at('12 MG Road') });
    create({ givenName: 'Ravi', familyName: 'Kumar', addresses: at('3 Anna Salai') });
    await expect(later(() => setup().preview(request({ segment: 'Diwali' })))).rejects.toThrow('segment is not available');
    const hooked = setup({ segmentContactIds: (name) => (name === 'Diwali' ? [asha] : []), responseCodeOf: (ids) => `C-${ids.length}` });
    const preview = await hooked.preview(request({ segment: 'Diwali' }));
    expect(preview.printed).toBe(1);
    expect(preview.html).toContain('<div class="code">C-1</div>');
  });
});
