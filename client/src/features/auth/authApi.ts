import type { ChangePasswordInput, LoginInput, SessionUser } from '@konsil/shared';
import { type ApiClient, lazySchema } from '../../lib/api';
import { invalidFields } from '../../lib/errors';

// The contract (zod schemas) loads on first use, so the sign-in page renders without it.
const loadContract = () => import('@konsil/shared');
const MeResponse = lazySchema(() => loadContract().then((contract) => contract.MeResponseSchema));

export type Validated<T> = { success: true; data: T } | { success: false; invalid: Set<string> };

export async function validateLoginInput(values: {
  email: string;
  password: string;
}): Promise<Validated<LoginInput>> {
  const { LoginInputSchema } = await loadContract();
  const parsed = LoginInputSchema.safeParse(values);
  return parsed.success
    ? { success: true, data: parsed.data }
    : { success: false, invalid: invalidFields(parsed.error.issues.map((issue) => issue.path)) };
}

/** The startup check; a 401 (nobody signed in) rejects without loading the contract. */
export async function fetchCurrentUser(api: ApiClient, signal?: AbortSignal): Promise<SessionUser> {
  const { user } = await api.request('GET', '/api/auth/me', MeResponse, {
    signal,
    isSessionProbe: true,
  });
  return user;
}

export async function login(api: ApiClient, input: LoginInput): Promise<SessionUser> {
  const { user } = await api.request('POST', '/api/auth/login', MeResponse, { body: input });
  return user;
}

export async function logout(api: ApiClient): Promise<void> {
  await api.requestNoContent('POST', '/api/auth/logout');
}

export async function changePassword(
  api: ApiClient,
  input: ChangePasswordInput,
): Promise<SessionUser> {
  const { user } = await api.request('POST', '/api/auth/password', MeResponse, {
    body: input,
  });
  return user;
}
