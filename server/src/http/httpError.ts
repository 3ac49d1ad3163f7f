import type { ErrorId, FieldError } from '@konsil/shared';
import { DomainError } from '../errors/domainError';

/**
 * A DomainError whose REST status is not the id's usual one (a 401 for a wrong password at
 * login, a 429 with Retry-After). Prefer DomainError where the usual status fits.
 */
export class HttpError extends DomainError {
  constructor(
    readonly status: number,
    id: ErrorId,
    message?: string,
    extra: { fields?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(id, message, extra);
  }
}
