import type {
  ChangePasswordInput,
  LoginInput,
  LogoutResponse,
  OidcInstitution,
  SessionUser,
} from '@konsil/shared';
import { type ApiClient, lazySchema, type ResponseSchema } from '../../lib/api';
import { invalidFields } from '../../lib/errors';

// The contract (zod schemas) loads on first use, so the sign-in page renders without it.
const loadContract = () => import('@konsil/shared');
const MeResponse = lazySchema(() => loadContract().then((contract) => contract.MeResponseSchema));
const HospitalSignIns = lazySchema(() =>
  loadContract().then((contract) => contract.OidcInstitutionListSchema),
);
/** Logout answers 204 (no body) or, after a hospital sign-in, where the provider ends its session. */
const LogoutReply: ResponseSchema<LogoutResponse> = {
  async parse(data) {
    if (data === null) return {};
    const reply = (await loadContract()).LogoutResponseSchema.parse(data);
    // The browser is sent there: only a web page, never a javascript: or data: URL.
    if (reply.redirectTo && !/^https?:$/.test(new URL(reply.redirectTo).protocol)) {
      throw new Error('redirectTo is not an http(s) URL');
    }
    return reply;
  },
};

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

/** Signs out here; resolves to the provider's end-session page to go to, if there is one. */
export async function logout(api: ApiClient): Promise<string | null> {
  const { redirectTo } = await api.request('POST', '/api/auth/logout', LogoutReply);
  return redirectTo ?? null;
}

/** The institutions whose own identity provider signs people in (public, before sign-in). */
export async function fetchHospitalSignIns(
  api: ApiClient,
  signal?: AbortSignal,
): Promise<OidcInstitution[]> {
  const { institutions } = await api.request(
    'GET',
    '/api/auth/oidc/institutions',
    HospitalSignIns,
    {
      signal,
    },
  );
  return institutions;
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
