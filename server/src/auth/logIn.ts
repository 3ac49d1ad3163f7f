import { randomUUID } from 'node:crypto';
import { appendAudit } from '../audit/auditLog';
import { hoursFrom } from '../clock';
import type { AppContext } from '../context';
import { deleteSession } from '../storage/repositories/sessions';
import { insertTrustedDevice, isTrustedDevice } from '../storage/repositories/trustedDevices';
import { findPasswordHash, findUserByEmail, type UserRecord } from '../storage/repositories/users';
import { arePasswordsAllowed } from './oidc/passwordPolicy';
import { verifyPassword } from './passwords';
import { tokenDigest } from './tokens';

const TRUSTED_DEVICE_DAYS = 90;

export interface LoginRequest {
  email: string;
  password: string;
  clientAddress: string;
  userAgent: string | null;
  deviceId: string | null;
  presentedSessionToken: string | null;
}

export type LoginOutcome =
  | { kind: 'rate_limited'; retryAfterSeconds: number }
  | { kind: 'invalid_credentials' }
  /** The institution signs in only through its identity provider (OIDC_CONFIG). */
  | { kind: 'password_login_disabled' }
  | { kind: 'signed_in'; user: UserRecord; token: string; newDeviceId: string | null };

/**
 * Throttle → verify → rotate session → audit. Unknown, inactive and wrong
 * password all answer the same way so accounts cannot be enumerated.
 */
export async function logIn(ctx: AppContext, request: LoginRequest): Promise<LoginOutcome> {
  const user = await findUserByEmail(ctx.db, request.email);
  const attempt = {
    email: request.email,
    clientAddress: request.clientAddress,
    deviceId: request.deviceId,
    userId: user?.id ?? null,
  };
  const userObject = {
    type: user ? 'user' : 'account',
    id: user?.id ?? null,
    institutionId: user?.institution.id ?? null,
  };

  const decision = await ctx.loginThrottle.check(attempt);
  if (!decision.allowed) {
    await auditRefusal(ctx, 'auth.login_rate_limited', userObject, request.clientAddress);
    return { kind: 'rate_limited', retryAfterSeconds: decision.retryAfterSeconds };
  }

  const storedHash = user ? await findPasswordHash(ctx.db, user.id) : null;
  const passwordMatches = await verifyPassword(storedHash, request.password);
  if (!user?.isActive || !passwordMatches) {
    await ctx.loginThrottle.recordFailure(attempt);
    await auditRefusal(ctx, 'auth.login_failed', userObject, request.clientAddress);
    return { kind: 'invalid_credentials' };
  }

  // Checked after the password, so that the answer does not tell who has an account there.
  if (!arePasswordsAllowed(ctx.config.oidc, user.institution.code)) {
    await auditRefusal(ctx, 'auth.login_failed', userObject, request.clientAddress, true);
    return { kind: 'password_login_disabled' };
  }

  await ctx.loginThrottle.recordSuccess(attempt);
  const now = ctx.clock.now();
  const isKnownDevice =
    request.deviceId !== null && (await isTrustedDevice(ctx.db, request.deviceId, user.id, now));
  const newDeviceId = isKnownDevice ? null : randomUUID();
  const session = await ctx.db.transaction().execute(async (trx) => {
    // Rotation: whatever session this browser presented is ended, never reused.
    if (request.presentedSessionToken) {
      await deleteSession(trx, tokenDigest(request.presentedSessionToken));
    }
    const started = await ctx.sessions.start(
      user.id,
      { clientAddress: request.clientAddress, userAgent: request.userAgent },
      trx,
    );
    if (newDeviceId) {
      await insertTrustedDevice(trx, {
        id: newDeviceId,
        userId: user.id,
        createdAt: now,
        expiresAt: hoursFrom(now, TRUSTED_DEVICE_DAYS * 24),
      });
    }
    await appendAudit(trx, {
      action: 'auth.login',
      outcome: 'allowed',
      actor: { userId: user.id, institutionId: user.institution.id },
      object: userObject,
      clientAddress: request.clientAddress,
      at: now,
    });
    return started;
  });
  if (request.presentedSessionToken) {
    ctx.changes.publish({
      kind: 'session.ended',
      target: { sessionId: tokenDigest(request.presentedSessionToken) },
      reason: 'logout',
    });
  }
  return { kind: 'signed_in', user, token: session.token, newDeviceId };
}

async function auditRefusal(
  ctx: AppContext,
  action: 'auth.login_failed' | 'auth.login_rate_limited',
  object: { type: string; id: string | null; institutionId: string | null },
  clientAddress: string,
  isPasswordLoginDisabled = false,
) {
  await ctx.db.transaction().execute((trx) =>
    appendAudit(trx, {
      action,
      outcome: 'refused',
      actor: null,
      object,
      clientAddress,
      ...(isPasswordLoginDisabled ? { details: { reason: 'password_login_disabled' } } : {}),
      at: ctx.clock.now(),
    }),
  );
}
