/** Sizes and rates shared by client and server. */
export const LIMITS = {
  jsonBodyBytes: 100 * 1024,
  emailLength: 254,
  nameLength: 120,
  passwordMinLength: 12,
  passwordMaxLength: 256,
  login: {
    /** Failures per account or per client address inside the window before 429. */
    maxFailures: 10,
    windowMinutes: 15,
  },
  session: {
    idleHours: 12,
    absoluteHours: 24,
  },
  auditPageSize: 100,
} as const;
