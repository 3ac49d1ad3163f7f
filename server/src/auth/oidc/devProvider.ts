import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt, exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';

/**
 * A real OpenID provider on this machine, for tests and for trying hospital sign-in without a
 * hospital: oidc-provider with its own development login pages (any password is accepted; the
 * login is the account's `sub`), back-channel logout and RP-initiated logout. Never for
 * production: it keeps everything in memory and signs with a key made at start.
 */
export interface DevClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  backchannelLogoutUri?: string;
  /** Where the provider may send the browser after logout (Konsil's `/login`). */
  postLogoutRedirectUris?: string[];
}

export interface DevAccount {
  sub: string;
  email: string;
  name: string;
  /** Provider roles, sent in the `roles` claim. */
  roles: string[];
  emailVerified: boolean;
}

export interface DevProviderOptions {
  port?: number;
  host?: string;
  clients: DevClient[];
  accounts: DevAccount[];
}

/** Changes an ID token's claims on its way out of the token endpoint (refusal tests). */
export type IdTokenRewrite = (claims: JWTPayload) => JWTPayload;

export interface SignOptions {
  typ?: string;
  forgeKey?: boolean;
}

export interface DevProvider {
  issuer: string;
  close(): Promise<void>;
  /** Adds an account or replaces it by `sub` (a role changed at the provider, say). */
  putAccount(account: DevAccount): void;
  /**
   * Ends a session at the provider's side the way its own logout does: a signed logout token
   * to every client's back-channel logout URI. With only a sid or only a sub, the token carries
   * only that. Resolves when every client answered 200.
   */
  sendBackchannelLogout(target: { sub?: string; sid?: string }): Promise<void>;
  /**
   * Signs any claims with the provider's own key (logout tokens and ID tokens for tests), or
   * with a key it never published under the same key id (`forgeKey`), as a forger would.
   */
  signToken(claims: JWTPayload, options?: SignOptions): Promise<string>;
  /** From now on, ID tokens from the token endpoint are re-signed with these claims; null stops. */
  rewriteIdTokens(rewrite: IdTokenRewrite | null, options?: SignOptions): void;
}

const BACKCHANNEL_LOGOUT_EVENT = 'http://schemas.openid.net/event/backchannel-logout';

export async function startDevProvider(options: DevProviderOptions): Promise<DevProvider> {
  const host = options.host ?? '127.0.0.1';
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = randomBytes(8).toString('hex');
  const signingJwk = { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };
  const accounts = new Map(options.accounts.map((account) => [account.sub, account]));
  const forgedKey = (await generateKeyPair('RS256')).privateKey;
  let rewrite: { change: IdTokenRewrite; options: SignOptions } | null = null;

  const signToken = (claims: JWTPayload, options: SignOptions = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid, ...(options.typ ? { typ: options.typ } : {}) })
      .sign(options.forgeKey ? forgedKey : privateKey);

  const configuration: Configuration = {
    clients: options.clients.map((client) => ({
      client_id: client.clientId,
      client_secret: client.clientSecret,
      redirect_uris: client.redirectUris,
      post_logout_redirect_uris: client.postLogoutRedirectUris ?? [],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
      ...(client.backchannelLogoutUri
        ? {
            backchannel_logout_uri: client.backchannelLogoutUri,
            // ID tokens then carry `sid`, so a logout can name one provider session.
            backchannel_logout_session_required: true,
          }
        : {}),
    })),
    jwks: { keys: [signingJwk] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      // Roles come with the profile, as many hospital providers send them in the ID token.
      profile: ['name', 'roles'],
    },
    // Scope claims go into the ID token too, not only to userinfo.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    // Short lives, stated so the provider does not warn about its defaults.
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    features: {
      devInteractions: { enabled: true },
      backchannelLogout: { enabled: true },
      rpInitiatedLogout: { enabled: true },
    },
    // Its logout tokens go to Konsil on this machine, which the provider's guard against
    // requests to internal addresses (the dispatcher it passes) would refuse.
    fetch: (url, options) => {
      const { dispatcher: _internalAddressGuard, ...init }: RequestInit & { dispatcher?: unknown } =
        options ?? {};
      return globalThis.fetch(url, init);
    },
    async findAccount(_ctx, id) {
      const account = accounts.get(id);
      if (!account) return undefined;
      return {
        accountId: account.sub,
        async claims() {
          const current = accounts.get(id) ?? account;
          return {
            sub: current.sub,
            email: current.email,
            email_verified: current.emailVerified,
            name: current.name,
            roles: current.roles,
          };
        },
      };
    },
    // First-party clients: grant what they ask without a consent page, so signing in is one form.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const { oidc } = ctx;
      const client = oidc.client;
      const accountId = oidc.session?.accountId;
      if (!client || !accountId) return undefined;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(client.clientId);
      if (grantId) {
        const existing = await oidc.provider.Grant.find(grantId);
        if (existing) return existing;
      }
      const grant = new oidc.provider.Grant({ clientId: client.clientId, accountId });
      const scope = oidc.params?.scope;
      grant.addOIDCScope(typeof scope === 'string' ? scope : 'openid');
      await grant.save();
      return grant;
    },
  };

  const provider = new Provider(issuer, configuration);
  provider.use(async (ctx, next) => {
    await next();
    const body: unknown = ctx.body;
    if (!rewrite || ctx.path !== '/token' || typeof body !== 'object' || body === null) return;
    const idToken = 'id_token' in body ? body.id_token : undefined;
    if (typeof idToken !== 'string') return;
    const claims = rewrite.change(decodeJwt(idToken));
    ctx.body = { ...body, id_token: await signToken(claims, rewrite.options) };
  });
  server.on('request', provider.callback());

  return {
    issuer,
    putAccount(account) {
      accounts.set(account.sub, account);
    },
    async sendBackchannelLogout(target) {
      const now = Math.floor(Date.now() / 1000);
      for (const client of options.clients) {
        if (!client.backchannelLogoutUri) continue;
        const token = await signToken(
          {
            iss: issuer,
            aud: client.clientId,
            iat: now,
            exp: now + 120,
            jti: randomBytes(16).toString('hex'),
            events: { [BACKCHANNEL_LOGOUT_EVENT]: {} },
            ...(target.sub ? { sub: target.sub } : {}),
            ...(target.sid ? { sid: target.sid } : {}),
          },
          { typ: 'logout+jwt' },
        );
        const response = await fetch(client.backchannelLogoutUri, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ logout_token: token }),
        });
        if (response.status !== 200) {
          throw new Error(`${client.backchannelLogoutUri} answered ${response.status}`);
        }
      }
    },
    signToken,
    rewriteIdTokens(change, options = {}) {
      rewrite = change ? { change, options } : null;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
