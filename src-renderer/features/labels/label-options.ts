import type { LabelRequestInput } from '../../../src-shared/contract/labels';

/** What the dialog lets the user choose; the rest of a label request comes from the caller. */
export interface LabelOptions {
  sheetId: string;
  startAt: number;
  isHousehold: boolean;
  isCaps: boolean;
  addressOrder: AddressOrder;
  sortBy: 'postalCode' | 'name';
  returnAddress: string;
  printer: string;
}

export const ADDRESS_ORDERS = {
  mailingFirst: ['mailing', 'work', 'home'],
  homeFirst: ['home', 'mailing', 'work'],
  workFirst: ['work', 'mailing', 'home'],
} as const;
export type AddressOrder = keyof typeof ADDRESS_ORDERS;

export const DEFAULT_LABEL_OPTIONS: LabelOptions = {
  sheetId: 'avery-5160',
  startAt: 1,
  isHousehold: false,
  isCaps: false,
  addressOrder: 'mailingFirst',
  sortBy: 'postalCode',
  returnAddress: '',
  printer: '',
};

export function toLabelRequest(options: LabelOptions, contactIds: readonly string[] | undefined): LabelRequestInput {
  const { addressOrder, ...rest } = options;
  return {
    ...rest,
    startAt: Number.isInteger(options.startAt) && options.startAt >= 1 ? options.startAt : 1,
    addressPreference: [...ADDRESS_ORDERS[addressOrder]],
    ...(contactIds ? { contactIds: [...contactIds] } : {}),
  };
}
