import type { Role } from '@konsil/shared';

/**
 * Who sees the analytics page and its link: the roles the policy's `analytics:read` allows
 * (those who run the boards and those who administer the institution). The server decides;
 * this only keeps the link and page away from everyone it would refuse.
 */
export const ANALYTICS_ROLES = ['coordinator', 'admin'] as const satisfies readonly Role[];

export function canSeeAnalytics(role: Role): boolean {
  return ANALYTICS_ROLES.some((allowed) => allowed === role);
}
