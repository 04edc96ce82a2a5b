import { describe, expect, it } from 'vitest';
import { noticeRoute } from './notice-route';

describe('the route a reminder notification opens', () => {
  it('is the contact, else the company, else Today', () => {
    expect(noticeRoute({ contactId: '0193a000-0000-7000-8000-000000000001', companyId: 'x' })).toBe('#/contacts/0193a000-0000-7000-8000-000000000001');
    expect(noticeRoute({ contactId: null, companyId: 'a/b' })).toBe('#/companies/a%2Fb');
    expect(noticeRoute({ contactId: null, companyId: null })).toBe('#/today');
  });
});
