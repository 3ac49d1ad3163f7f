import { describe, expect, it } from 'vitest';
import { CreateUserInputSchema, UpdateUserInputSchema } from './adminUsers';
import { AuditQuerySchema } from './audit';
import { LoginInputSchema } from './auth';
import { IanaTimeZoneSchema } from './common';

describe('LoginInputSchema', () => {
  it('normalises the email so logins are case-insensitive', () => {
    const parsed = LoginInputSchema.parse({
      email: '  Coordinator.Berlin@Konsil.TEST ',
      password: 'x',
    });
    expect(parsed.email).toBe('coordinator.berlin@konsil.test');
  });

  it('names the failing fields', () => {
    const result = LoginInputSchema.safeParse({ email: 'nope', password: '' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'email',
      'password',
    ]);
  });
});

describe('CreateUserInputSchema', () => {
  it('requires a one-time password of at least 12 characters and a known role', () => {
    const result = CreateUserInputSchema.safeParse({
      name: 'Dr. Test',
      email: 'test@konsil.test',
      role: 'superuser',
      temporaryPassword: 'short',
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'role',
      'temporaryPassword',
    ]);
  });

  it('defaults specialty to null', () => {
    const parsed = CreateUserInputSchema.parse({
      name: 'Dr. Test',
      email: 'test@konsil.test',
      role: 'clinician',
      temporaryPassword: 'a-long-enough-one',
    });
    expect(parsed.specialty).toBeNull();
  });
});

describe('UpdateUserInputSchema', () => {
  it('refuses an empty change', () => {
    expect(UpdateUserInputSchema.safeParse({}).success).toBe(false);
    expect(UpdateUserInputSchema.safeParse({ isActive: false }).success).toBe(true);
  });
});

describe('AuditQuerySchema', () => {
  it('treats empty filters as absent and coerces numbers', () => {
    const parsed = AuditQuerySchema.parse({ actor: '', action: '', limit: '20', before: '7' });
    expect(parsed).toEqual({ limit: 20, before: 7 });
  });

  it('caps the page size and rejects unknown actions and non-instants', () => {
    expect(AuditQuerySchema.safeParse({ limit: '1000' }).success).toBe(false);
    expect(AuditQuerySchema.safeParse({ action: 'drop.tables' }).success).toBe(false);
    expect(AuditQuerySchema.safeParse({ from: 'yesterday' }).success).toBe(false);
    expect(AuditQuerySchema.parse({}).limit).toBe(50);
  });
});

describe('IanaTimeZoneSchema', () => {
  it('accepts real zones and rejects made-up ones', () => {
    expect(IanaTimeZoneSchema.safeParse('Asia/Seoul').success).toBe(true);
    expect(IanaTimeZoneSchema.safeParse('Europe/Berlin').success).toBe(true);
    expect(IanaTimeZoneSchema.safeParse('Mars/Olympus_Mons').success).toBe(false);
  });
});
