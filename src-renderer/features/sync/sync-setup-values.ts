import type { TFunction } from 'i18next';
import type { FieldErrors } from '../../components/field-errors';

export interface SyncSetupValues {
  folder: string;
  deviceName: string;
  userName: string;
  passphrase: string;
  join: 'merge' | 'replace';
}

export const EMPTY_SYNC_SETUP: SyncSetupValues = { folder: '', deviceName: '', userName: '', passphrase: '', join: 'merge' };

/** What the form can tell before asking the core: the two fields sync cannot start without. */
export function missingSyncSetupFields(t: TFunction, values: SyncSetupValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.folder.trim()) errors.folder = t('sync.form.folderRequired');
  if (!values.deviceName.trim()) errors.deviceName = t('sync.form.deviceNameRequired');
  return errors;
}

/** The sync.configure input; an empty passphrase means an unencrypted folder. */
export function toSyncConfiguration(values: SyncSetupValues) {
  return {
    folder: values.folder.trim(),
    deviceName: values.deviceName.trim(),
    userName: values.userName.trim(),
    passphrase: values.passphrase === '' ? null : values.passphrase,
    join: values.join,
  };
}
