import type { Role } from '@konsil/shared';
import type { DevAccount } from './devProvider';

/**
 * Demo people at the Berlin (CCCC) and Seoul (SCCC) identity providers, for the local provider
 * (devProvider.ts). Sign in at its page with the account's `sub` as login and any password.
 * The coordinators and the Seoul oncologist have the demo's emails, so their first sign-in links
 * to the demo accounts; the others are new to Konsil and are created at first sign-in.
 */
export const DEV_ACCOUNTS: Record<'CCCC' | 'SCCC', DevAccount[]> = {
  CCCC: [
    {
      sub: 'berlin-coordinator',
      email: 'coordinator.berlin@konsil.test',
      name: 'Anna Berger',
      roles: ['tb-coordinator'],
      emailVerified: true,
    },
    {
      sub: 'berlin-radiologist',
      email: 'radiologist.berlin@konsil.test',
      name: 'Dr. Paul Richter',
      roles: ['tb-clinician'],
      emailVerified: true,
    },
    {
      sub: 'berlin-student',
      email: 'student.berlin@konsil.test',
      name: 'Lea Hoffmann',
      roles: ['library-reader'],
      emailVerified: true,
    },
  ],
  SCCC: [
    {
      sub: 'seoul-oncologist',
      email: 'oncologist.seoul@konsil.test',
      name: 'Dr. 김민준 (Kim Min-jun)',
      roles: ['tb-clinician'],
      emailVerified: true,
    },
    {
      sub: 'seoul-observer',
      email: 'fellow.seoul@konsil.test',
      name: '이서연',
      roles: ['tb-observer'],
      emailVerified: true,
    },
  ],
};

/** The provider roles the demo accounts hold, as an OIDC_CONFIG `roles` mapping. */
export const DEV_ROLE_MAPPING: Record<string, Role> = {
  'tb-coordinator': 'coordinator',
  'tb-clinician': 'clinician',
  'tb-observer': 'observer',
  'tb-admin': 'admin',
};
