import { describe, expect, it } from 'vitest';
import type { ContactDetail } from '../../../src-shared/contract/contacts';
import { buildMailList, pieceLines } from './mail-list';

let n = 0;
type AddressInput = Partial<ContactDetail['addresses'][number]>;
function contact(name: string, family: string, addresses: AddressInput[], extra: Partial<ContactDetail> = {}): ContactDetail {
  n++;
  return {
    id: `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`,
    displayName: name, givenName: name.split(' ')[0] ?? '', familyName: family, isDisplayNameSet: false,
    companyId: null, companyName: null, jobTitle: '', primaryEmail: null, primaryPhone: null, archivedAtMs: null,
    emails: [], phones: [], notes: '', kind: 'person', prefix: '', additionalNames: '', suffix: '', nickname: '',
    phoneticName: '', department: '', birthday: null, websites: [], tags: [], lifecycleStage: '', source: '', owner: '',
    preferredLanguage: '', letterSalutation: '', labelSalutation: '', isDoNotContact: false, isDoNotMail: false,
    createdAtMs: 0, updatedAtMs: 0,
    addresses: addresses.map((a, i) => ({ id: `a${n}-${i}`, label: 'home', street: '', locality: '', region: '', postalCode: '', country: '', ...a })),
    ...extra,
  };
}
const home = (street: string, postalCode: string, extra: AddressInput = {}): AddressInput => ({ street, locality: 'Chennai', postalCode, ...extra });
const options = { addressPreference: ['mailing', 'work', 'home'], sortBy: 'postalCode' as const, isHousehold: false, homeCountry: 'IN' };

describe('mail list', () => {
  it('skips and says why: do not mail, do not contact, no address, incomplete, archived', () => {
    const list = buildMailList(
      [
        contact('Ok Person', 'P', [home('1 A St', '600001')]),
        contact('No Mail', 'M', [home('1 A St', '600001')], { isDoNotMail: true }),
        contact('No Contact', 'C', [home('1 A St', '600001')], { isDoNotContact: true }),
        contact('Nowhere', 'N', []),
        contact('Half', 'H', [{ street: '', locality: 'Chennai', postalCode: '600001' }, { street: '9 B St', locality: '', postalCode: '' }]),
        contact('Gone', 'G', [home('1 A St', '600001')], { archivedAtMs: 5 }),
      ],
      options,
    );
    expect(list.pieces.map((p) => p.name)).toEqual(['Ok Person']);
    expect(list.skipped.map((s) => [s.displayName, s.reason])).toEqual([
      ['No Mail', 'doNotMail'],
      ['No Contact', 'doNotContact'],
      ['Nowhere', 'noAddress'],
      ['Half', 'incompleteAddress'],
      ['Gone', 'archived'],
    ]);
  });

  it('prefers address types in order and falls back to any complete address', () => {
    const person = contact('Asha Rao', 'Rao', [home('Home St 1', '600002'), home('Office 1', '600003', { label: 'work' })], { companyName: 'Rao Traders' });
    expect(pieceLines(buildMailList([person], options).pieces[0]!)).toEqual(['Asha Rao', 'Rao Traders', 'Office 1', 'Chennai 600003']);
    expect(pieceLines(buildMailList([person], { ...options, addressPreference: ['home'] }).pieces[0]!)).toEqual(['Asha Rao', 'Home St 1', 'Chennai 600002']);
    expect(buildMailList([person], { ...options, addressPreference: ['mailing'] }).pieces[0]!.address.street).toBe('Home St 1');
  });

  it('uses the label salutation as the name when there is one', () => {
    const person = contact('Ravi Kumar', 'Kumar', [home('1 A St', '600001')], { labelSalutation: 'Shri R. Kumar' });
    expect(buildMailList([person], options).pieces[0]!.name).toBe('Shri R. Kumar');
  });

  it('sorts by postal code (numerically), then name', () => {
    const list = buildMailList(
      [contact('C', 'C', [home('1', '600017')]), contact('B', 'B', [home('1', '110024')]), contact('A', 'A', [home('1', '600017')]), contact('D', 'D', [home('1', '56001')])],
      options,
    );
    expect(list.pieces.map((p) => p.name)).toEqual(['D', 'B', 'A', 'C']);
    expect(buildMailList(list.pieces.flatMap((p) => p.contacts), { ...options, sortBy: 'name' }).pieces.map((p) => p.name)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('one piece per household', () => {
    const list = buildMailList(
      [
        contact('Asha Sharma', 'Sharma', [home('12 MG Road', '600001')]),
        contact('Ravi Sharma', 'Sharma', [home('12, M.G. Road', '600 001')]),
        contact('Meena Iyer', 'Iyer', [home('7 Park St', '600002')]),
        contact('Kiran Das', 'Das', [home('7 Park St', '600002')]),
        contact('Solo Person', 'Person', [home('9 Lake Rd', '600003')]),
      ],
      { ...options, isHousehold: true },
    );
    expect(list.pieces.map((p) => [p.name, p.contacts.length])).toEqual([
      ['The Sharma Family', 2],
      ['Kiran Das & Meena Iyer', 2],
      ['Solo Person', 1],
    ]);
  });
});
