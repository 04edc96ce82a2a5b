/** The route a reminder notification opens: its contact, else its company, else Today. */
export function noticeRoute(notice: { contactId: string | null; companyId: string | null }): string {
  if (notice.contactId) return `#/contacts/${encodeURIComponent(notice.contactId)}`;
  if (notice.companyId) return `#/companies/${encodeURIComponent(notice.companyId)}`;
  return '#/today';
}
