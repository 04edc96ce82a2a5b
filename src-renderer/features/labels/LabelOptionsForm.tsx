import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabelSheet } from '../../../src-shared/contract/labels';
import { ADDRESS_ORDERS, type AddressOrder, type LabelOptions } from './label-options';

const same = (a: number, b: number) => Math.abs(a - b) < 0.2;

/** "Avery L7160 / J8160 · A4 · 3 × 7": paper names and counts read the same in every language. */
export function sheetTitle(s: LabelSheet): string {
  const paper =
    same(s.pageWidthMm, 210) && same(s.pageHeightMm, 297)
      ? 'A4'
      : same(s.pageWidthMm, 215.9) && same(s.pageHeightMm, 279.4)
        ? 'Letter'
        : `${s.pageWidthMm} × ${s.pageHeightMm} mm`;
  return `${s.name} · ${paper} · ${s.columns} × ${s.rows}`;
}

/** Sheet, start position, households, capitals, address choice, order and return address. */
export function LabelOptionsForm(props: { options: LabelOptions; sheets: readonly LabelSheet[]; afterSheet?: ReactNode; onChange(options: LabelOptions): void }) {
  const { t } = useTranslation();
  const { options, sheets } = props;
  const set = <K extends keyof LabelOptions>(key: K, value: LabelOptions[K]) => props.onChange({ ...options, [key]: value });
  const sheet = sheets.find((s) => s.id === options.sheetId);
  const perSheet = sheet ? sheet.columns * sheet.rows : 1;
  return (
    <Stack spacing={2}>
      <TextField select label={t('labels.sheet')} value={sheets.length ? options.sheetId : ''} onChange={(e) => set('sheetId', e.target.value)}>
        {sheets.map((s) => (
          <MenuItem key={s.id} value={s.id}>
            {sheetTitle(s)}
          </MenuItem>
        ))}
      </TextField>
      {props.afterSheet}
      <TextField
        type="number"
        label={t('labels.startAt')}
        helperText={t('labels.startAtHint', { max: perSheet })}
        value={options.startAt}
        slotProps={{ htmlInput: { min: 1, max: perSheet } }}
        onChange={(e) => set('startAt', Math.min(perSheet, Math.max(1, Math.trunc(Number(e.target.value)) || 1)))}
      />
      <TextField select label={t('labels.addressOrder')} value={options.addressOrder} onChange={(e) => set('addressOrder', e.target.value as AddressOrder)}>
        {(Object.keys(ADDRESS_ORDERS) as AddressOrder[]).map((order) => (
          <MenuItem key={order} value={order}>
            {t(`labels.addressOrders.${order}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField select label={t('labels.sortBy')} value={options.sortBy} onChange={(e) => set('sortBy', e.target.value as LabelOptions['sortBy'])}>
        <MenuItem value="postalCode">{t('labels.sortByPostalCode')}</MenuItem>
        <MenuItem value="name">{t('labels.sortByName')}</MenuItem>
      </TextField>
      <FormControlLabel control={<Switch checked={options.isHousehold} onChange={(e) => set('isHousehold', e.target.checked)} />} label={t('labels.household')} />
      <FormControlLabel control={<Switch checked={options.isCaps} onChange={(e) => set('isCaps', e.target.checked)} />} label={t('labels.caps')} />
      <TextField
        multiline
        minRows={2}
        label={t('labels.returnAddress')}
        helperText={t('labels.returnAddressHint')}
        value={options.returnAddress}
        slotProps={{ htmlInput: { maxLength: 500 } }}
        onChange={(e) => set('returnAddress', e.target.value)}
      />
    </Stack>
  );
}
