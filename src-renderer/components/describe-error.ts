import type { TFunction } from 'i18next';
import { ApiError } from '../../src-shared/rpc/client';

/** A message for the user: translated where the UI knows the situation, else the core's own words. */
export function describeError(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    switch (error.code) {
      case 'unavailable':
        return t('errors.unavailable');
      case 'unauthorized':
        return t('errors.unauthorized');
      case 'not_found':
        return t('errors.notFound');
      case 'internal':
        return t('errors.internal');
      default:
        return error.message;
    }
  }
  return t('errors.generic', { message: error instanceof Error ? error.message : String(error) });
}
