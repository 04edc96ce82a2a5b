// Labels as CSV exporters write them ('Mobile', '* Home', 'Work Fax') ↔ record labels ('mobile',
// 'home', 'work fax'). A label outside the common set is the user's own text and kept as written.

const COMMON = ['mobile', 'home', 'work', 'other', 'main', 'fax', 'home fax', 'work fax', 'other fax', 'pager', 'google voice', 'iphone'];

export function labelFromCell(cell: string): string {
  const text = cell.trim().replace(/^\* /, '');
  const lower = text.toLowerCase();
  return COMMON.includes(lower) ? lower : text;
}

/** 'home fax' → 'Home Fax', as Google writes its own labels; the user's own text stays as is. */
export function labelForCell(label: string): string {
  return COMMON.includes(label) ? label.replace(/\b\w/g, (ch) => ch.toUpperCase()) : label;
}
