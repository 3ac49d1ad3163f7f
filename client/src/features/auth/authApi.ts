import {
  type ChangePasswordInput,
  type LoginInput,
  MeResponseSchema,
  type SessionUser,
} from '@konsil/shared';
import type { ApiClient } from '../../lib/api';

export async function fetchCurrentUser(api: ApiClient, signal?: AbortSignal): Promise<SessionUser> {
  const { user } = await api.request('GET', '/api/auth/me', MeResponseSchema, { signal });
  return user;
}

export async function login(api: ApiClient, input: LoginInput): Promise<SessionUser> {
  const { user } = await api.request('POST', '/api/auth/login', MeResponseSchema, { body: input });
  return user;
}

export async function logout(api: ApiClient): Promise<void> {
  await api.requestNoContent('POST', '/api/auth/logout');
}

export async function changePassword(
  api: ApiClient,
  input: ChangePasswordInput,
): Promise<SessionUser> {
  const { user } = await api.request('POST', '/api/auth/password', MeResponseSchema, {
    body: input,
  });
  return user;
}
