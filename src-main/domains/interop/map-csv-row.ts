// One CSV data row + the column plan → a ContactRecord. Columns sharing a slot are gathered first
// (a phone's label and value, an address's parts), then each slot becomes one or more items; a cell
// holding several values joined by ' ::: ' (Google) becomes several items with the same label.
import type { CountryCode } from 'libphonenumber-js/max';
import { emptyContactRecord, type ContactRecord } from './contact-record';
import { neutralisedCellValue } from './csv-cell';
import { labelFromCell } from './csv-labels';
import { MULTI_VALUE, type AddressPart, type ColumnTarget } from './csv-targets';
import { addCustomField, finishRecord, hasPersonName } from './finish-record';
import { makePhone } from './normalize-phone';
import { formatDate, parseDate, type DateOrder, type ParsedDate } from './parse-date';

export interface RowContext {
  defaultCountry: CountryCode | undefined;
  dateOrder: DateOrder;
  warn(message: string): void;
}

interface Slot {
  values: Map<string, string>;
  target: ColumnTarget;
}

function applyDate(record: ContactRecord, parsed: ParsedDate, raw: string, line: number, ctx: RowContext): void {
  if ('date' in parsed) record.birthday = parsed.date;
  else if ('invalid' in parsed) ctx.warn(`Line ${line}: birthday '${raw}' is not a valid date; not imported.`);
}

function buildSlot(record: ContactRecord, { values, target }: Slot, ctx: RowContext): void {
  const value = values.get('value') ?? '';
  const labels = (values.get('label') ?? '').split(MULTI_VALUE).map(labelFromCell);
  if (target.to === 'list' && value !== '') {
    value.split(MULTI_VALUE).forEach((item, i) => {
      const text = item.trim();
      const label = labels[i] ?? labels[0] ?? '';
      if (text === '') return;
      if (target.list === 'websites') record.websites.push(text);
      else if (target.list === 'emails') record.emails.push({ value: text, label: label || target.label });
      else record.phones.push(makePhone(text, label || target.label, ctx.defaultCountry));
    });
  } else if (target.to === 'custom') {
    addCustomField(record, values.get('label') || target.key, value);
  } else if (target.to === 'address') {
    const part = (name: AddressPart): string => values.get(name) ?? '';
    const street = [part('street'), part('street2')].filter((s) => s !== '').join('\n') || part('extended') || part('poBox') || part('formatted');
    const address = { label: labelFromCell(values.get('label') ?? '') || target.label, street, locality: part('locality'), region: part('region'), postalCode: part('postalCode'), country: part('country') };
    if (Object.values(address).slice(1).some((v) => v !== '')) record.addresses.push(address);
  }
}

export function mapCsvRow(cells: readonly string[], targets: readonly ColumnTarget[], line: number, ctx: RowContext): ContactRecord | null {
  const record = emptyContactRecord(line);
  const slots = new Map<string, Slot>();
  const birthdayParts: Record<string, string> = {};
  const cellsAndTargets = cells.map((cell, i) => [neutralisedCellValue(cell), targets[i] ?? { to: 'custom', slot: `extra:${i}`, part: 'value', key: `Column ${i + 1}` }] as const);
  for (const [value, target] of cellsAndTargets) {
    if (value === '' || target.to === 'ignore') continue;
    if (target.to === 'scalar') {
      if (target.field === 'birthday') applyDate(record, parseDate(value, { order: ctx.dateOrder }), value, line, ctx);
      else if (target.field === 'photo') record.photo = { url: value };
      else record[target.field] ||= value;
    } else if (target.to === 'tags') {
      record.tags.push(...value.split(target.separator).map((tag) => tag.trim().replace(/^\* /, '')).filter((tag) => tag !== 'myContacts'));
    } else if (target.to === 'birthdayPart') {
      birthdayParts[target.part] = value;
    } else {
      const slot = slots.get(target.slot) ?? { values: new Map<string, string>(), target };
      const earlier = slot.values.get(target.part);
      // Outlook's 'Street 2' and 'Street 3' both continue the street; elsewhere the first column wins.
      if (earlier === undefined || target.part === 'value') slot.values.set(target.part, value);
      else if (target.part === 'street2') slot.values.set(target.part, `${earlier}\n${value}`);
      if (target.part === 'value') slot.target = target;
      slots.set(target.slot, slot);
    }
  }
  for (const slot of slots.values()) buildSlot(record, slot, ctx);
  if (birthdayParts['month'] !== undefined && birthdayParts['day'] !== undefined) {
    const year = birthdayParts['year'] === undefined ? null : Number(birthdayParts['year']);
    const raw = [birthdayParts['year'] ?? '', birthdayParts['month'], birthdayParts['day']].join('-');
    applyDate(record, formatDate(year, Number(birthdayParts['month']), Number(birthdayParts['day'])), raw, line, ctx);
  }
  // CSV has no "company card" flag: a row naming only a company is one.
  if (!hasPersonName(record) && record.organization !== '' && [record.organization, ''].includes(record.displayName)) record.kind = 'organization';
  if (finishRecord(record)) return record;
  ctx.warn(`Line ${line}: row has no name, email, phone or address; skipped.`);
  return null;
}
