import {
  type CreateUserInput,
  type ManagedUser,
  ManagedUserListSchema,
  ManagedUserSchema,
  type UpdateUserInput,
} from '@konsil/shared';
import { type ApiClient, wrappedIn } from '../../lib/api';

/** The contract names only the inner type of `{ user }` replies. */
const UserResponseSchema = wrappedIn('user', ManagedUserSchema);

export async function listUsers(api: ApiClient, signal?: AbortSignal): Promise<ManagedUser[]> {
  const { users } = await api.request('GET', '/api/admin/users', ManagedUserListSchema, { signal });
  return users;
}

export async function createUser(api: ApiClient, input: CreateUserInput): Promise<ManagedUser> {
  const { user } = await api.request('POST', '/api/admin/users', UserResponseSchema, {
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
    UserResponseSchema,
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
    UserResponseSchema,
    { body: { temporaryPassword } },
  );
  return user;
}
