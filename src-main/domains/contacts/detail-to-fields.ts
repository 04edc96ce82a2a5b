import type { ContactDetail, ContactFieldsInput } from '../../../src-shared/contract/contacts';

/** The editable fields of a stored contact (child ids kept, so saving them back changes nothing). */
export function detailToFields(detail: ContactDetail): ContactFieldsInput {
  const { id: _id, companyName: _companyName, primaryEmail: _e, primaryPhone: _p, archivedAtMs: _a, createdAtMs: _c, updatedAtMs: _u, isDisplayNameSet, ...rest } = detail;
  return {
    ...rest,
    displayName: isDisplayNameSet ? detail.displayName : '',
    phones: detail.phones.map(({ e164: _e164, ...phone }) => phone),
  };
}
