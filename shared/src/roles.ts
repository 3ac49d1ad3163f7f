export const ROLES = ['admin', 'coordinator', 'clinician', 'observer'] as const;
export type Role = (typeof ROLES)[number];

export const SPECIALTIES = [
  'medical_oncology',
  'surgery',
  'radiation_oncology',
  'radiology',
  'pathology',
  'nuclear_medicine',
  'pulmonology',
  'gastroenterology',
  'other',
] as const;
export type Specialty = (typeof SPECIALTIES)[number];

/**
 * Every action the policy layer decides. Routes, socket handlers and the
 * collaboration endpoint name one of these when they ask `can()`.
 */
export const ACTIONS = [
  'users:manage',
  'audit:read',
  'analytics:read',
  'board:read',
  'board:create',
  'board:edit',
  'agenda:edit',
  'case:create',
  'case:read',
  'case:readHomeReference',
  'case:edit',
  'case:markReady',
  'directory:read',
  'session:join',
  'session:chair',
  'session:appoint',
  'session:raiseHand',
  'notes:read',
  'notes:edit',
  'decision:read',
  'recommendation:edit',
  'position:state',
  'case:close',
  'case:reopen',
  'case:carryOver',
  'minutes:read',
  'minutes:sign',
  'attendance:export',
  'certificate:verify',
] as const;
export type Action = (typeof ACTIONS)[number];
