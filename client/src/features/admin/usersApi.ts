import {
  type CreateUserInput,
  type ManagedUser,
  ManagedUserListSchema,
  ManagedUserResponseSchema,
  type UpdateUserInput,
} from '@konsil/shared';
import type { ApiClient } from '../../lib/api';

export async function listUsers(api: ApiClient, signal?: AbortSignal): Promise<ManagedUser[]> {
  const { users } = await api.request('GET', '/api/admin/users', ManagedUserListSchema, { signal });
  return users;
}

export async function createUser(api: ApiClient, input: CreateUserInput): Promise<ManagedUser> {
  const { user } = await api.request('POST', '/api/admin/users', ManagedUserResponseSchema, {
    body: input,
  });
  return user;
}

export async function updateUser(
  api: ApiClient,
  userId: string,
  input: UpdateUserInput,
): Promise<ManagedUser> {
  const { user } = await api.request(
    'PATCH',
    `/api/admin/users/${encodeURIComponent(userId)}`,
    ManagedUserResponseSchema,
    { body: input },
  );
  return user;
}

export async function setOneTimePassword(
  api: ApiClient,
  userId: string,
  temporaryPassword: string,
): Promise<ManagedUser> {
  const { user } = await api.request(
    'POST',
    `/api/admin/users/${encodeURIComponent(userId)}/password`,
    ManagedUserResponseSchema,
    { body: { temporaryPassword } },
  );
  return user;
}
