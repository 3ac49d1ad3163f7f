import { LIMITS } from '@konsil/shared';
import { type Clock, minutesFrom } from '../clock';
import type { Db } from '../storage/db';
import {
  clearLoginFailures,
  type FailureScope,
  pruneLoginFailures,
  recentLoginFailures,
  recordLoginFailure,
} from '../storage/repositories/loginFailures';
import { isTrustedDevice } from '../storage/repositories/trustedDevices';

const { maxFailures, windowMinutes } = LIMITS.login;

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface LoginAttempt {
  email: string;
  clientAddress: string;
  /** The trusted-device cookie's value, if the browser has one. */
  deviceId: string | null;
  /** The account behind the email, if it exists. */
  userId: string | null;
}

/**
 * Login limits, stored in the database so every server instance sees them.
 * After `maxFailures` failures inside the sliding window, per client address
 * and per account, attempts are refused until the oldest failure leaves the
 * window. So that an attacker cannot lock a real user out for good by
 * failing on their account from many addresses, a browser that has signed in
 * to this account before (trusted-device cookie) is not held by the account
 * limit — only by the limit on its own address.
 */
export class LoginThrottle {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async check(attempt: LoginAttempt): Promise<ThrottleDecision> {
    const now = this.clock.now();
    const byAddress = await this.decide('address', attempt.clientAddress, now);
    if (!byAddress.allowed) return byAddress;
    const byAccount = await this.decide('account', attempt.email, now);
    if (byAccount.allowed) return byAccount;
    if (attempt.userId && attempt.deviceId) {
      const trusted = await isTrustedDevice(this.db, attempt.deviceId, attempt.userId, now);
      if (trusted) return { allowed: true };
    }
    return byAccount;
  }

  async recordFailure(attempt: LoginAttempt): Promise<void> {
    const now = this.clock.now();
    await recordLoginFailure(this.db, 'address', attempt.clientAddress, now);
    await recordLoginFailure(this.db, 'account', attempt.email, now);
    await pruneLoginFailures(this.db, minutesFrom(now, -windowMinutes * 4));
  }

  /** A correct password clears the account's count; the address keeps its own. */
  async recordSuccess(attempt: LoginAttempt): Promise<void> {
    await clearLoginFailures(this.db, 'account', attempt.email);
  }

  private async decide(scope: FailureScope, subject: string, now: Date): Promise<ThrottleDecision> {
    const since = minutesFrom(now, -windowMinutes);
    const failures = await recentLoginFailures(this.db, scope, subject, since);
    if (failures.length < maxFailures) return { allowed: true };
    // The window slides: the limit lifts when enough old failures age out.
    const oldestThatMatters = failures[failures.length - maxFailures];
    const liftsAt = minutesFrom(new Date(oldestThatMatters ?? now.toISOString()), windowMinutes);
    const retryAfterSeconds = Math.max(1, Math.ceil((liftsAt.getTime() - now.getTime()) / 1000));
    return { allowed: false, retryAfterSeconds };
  }
}
