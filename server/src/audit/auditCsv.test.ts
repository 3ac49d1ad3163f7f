import type { AuditEvent } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import { auditCsv, localTimestamp } from './auditCsv';
import { AUDIT_CSV_LABELS } from './csvLabels/labels';

describe('localTimestamp', () => {
  it('gives the wall clock with seconds on a 24-hour clock, across the date line', () => {
    expect(localTimestamp('2026-12-03T16:05:09.000Z', 'Asia/Seoul')).toBe('2026-12-04 01:05:09');
    expect(localTimestamp('2026-12-03T16:05:09.000Z', 'Europe/Berlin')).toBe('2026-12-03 17:05:09');
  });
});

const EVENT: AuditEvent = {
  id: '00000000-0000-4000-8000-000000000001',
  seq: 7,
  occurredAt: '2026-12-03T08:00:00.000Z',
  actor: null,
  actorInstitution: null,
  action: 'search.performed',
  objectType: 'spaceship',
  objectId: null,
  objectLabel: null,
  isObjectWithheld: true,
  objectInstitution: null,
  outcome: 'allowed',
  attempted: 'warp:engage',
  clientAddress: null,
  hash: 'ab12',
};

describe('auditCsv', () => {
  it('names an unknown object type and refused step plainly instead of failing', () => {
    const csv = auditCsv([EVENT], {
      labels: AUDIT_CSV_LABELS.en,
      timeZone: 'UTC',
      truncatedAt: null,
    });
    const [, row] = csv.slice(1).split('\r\n');
    expect(row).toBe(
      '7,2026-12-03T08:00:00.000Z,2026-12-03 08:00:00,Not signed in,,,Search,Other object,Object of another institution,,,Allowed,warp:engage,,ab12',
    );
  });

  it('ends a capped file with a line saying where it stops', () => {
    const csv = auditCsv([EVENT], { labels: AUDIT_CSV_LABELS.de, timeZone: 'UTC', truncatedAt: 1 });
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(3);
    expect(lines.at(-1)).toBe('Nur die neuesten 1 Einträge; für ältere die Filter eingrenzen.');
  });
});
