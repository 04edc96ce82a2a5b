import type { ErrorCode } from '../../src-shared/rpc/envelope';

/** An expected failure with a code the UI can act on. Anything else becomes 'internal'. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function notFound(what: string, id: string): never {
  throw new AppError('not_found', `No ${what} with id ${id}`);
}
