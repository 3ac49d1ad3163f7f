import type { AuditAction } from '@konsil/shared';
import { expect } from 'vitest';
import { appendAudit } from '../../../audit/auditLog';
import { buildBoard, buildCase } from '../../../test/factories';
import { institutionIdOf, userIdOf } from '../../../test/queries';
import type { TestClient } from '../../../test/testClient';
import type { TestServer } from '../../../test/testServer';

export const ADMIN_BERLIN = 'admin.berlin@konsil.test';
export const ADMIN_SEOUL = 'admin.seoul@konsil.test';
export const SEOUL_ONCOLOGIST = 'oncologist.seoul@konsil.test';
export const BERLIN_ONCOLOGIST = 'oncologist.berlin@konsil.test';

/**
 * Berlin's objects as Seoul's admin meets them in the log: a joint board with a consented
 * case (Seoul may read both) and a case without consent (it never leaves Berlin), and a
 * Berlin-only board. A Seoul oncologist acts on each, so each event is in Seoul's log too.
 */
export async function crossBorderScenario(server: TestServer) {
  const tag = Math.random().toString(36).slice(2, 8);
  const joint = await buildBoard(server.db, {
    host: 'CCCC',
    guests: ['SCCC'],
    invited: [SEOUL_ONCOLOGIST],
    title: `Joint thoracic ${tag}`,
  });
  const berlinOnly = await buildBoard(server.db, { host: 'CCCC', title: `Berlin ENT ${tag}` });
  const consented = await buildCase(server.db, { board: joint, home: 'CCCC', consent: true });
  const private_ = await buildCase(server.db, { board: joint, home: 'CCCC', consent: false });
  const berlinId = await institutionIdOf(server.db, 'CCCC');
  const seoulId = await institutionIdOf(server.db, 'SCCC');
  const seoulOncologistId = await userIdOf(server.db, SEOUL_ONCOLOGIST);
  const berlinOncologistId = await userIdOf(server.db, BERLIN_ONCOLOGIST);

  const record = (action: AuditAction, type: string, id: string) =>
    server.db.transaction().execute((trx) =>
      appendAudit(trx, {
        action,
        outcome: action === 'access.refused' ? 'refused' : 'allowed',
        actor: { userId: seoulOncologistId, institutionId: seoulId },
        object: { type, id, institutionId: berlinId },
        clientAddress: '10.0.0.9',
        details: action === 'access.refused' ? { attempted: 'case:read' } : undefined,
        at: server.clock.now(),
      }),
    );
  await record('board.viewed', 'board', joint.id);
  await record('case.viewed', 'case', consented.id);
  await record('access.refused', 'case', private_.id);
  await record('access.refused', 'board', berlinOnly.id);
  await record('access.refused', 'user', berlinOncologistId);
  return { tag, joint, berlinOnly, consented, private_, berlinOncologistId };
}

/** GET a CSV and split it into rows of cells (no cell in these tests holds a line break). */
export async function csvRows(client: TestClient, query = '') {
  const response = await client.get(`/api/audit/export.csv${query}`);
  expect(response.status, `GET /api/audit/export.csv${query}`).toBe(200);
  return { response, rows: parseCsv(response.text) };
}

/** RFC 4180 as the export writes it: quoted cells may hold commas and doubled quotes. */
export function parseCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  for (const line of body.split('\r\n')) {
    if (line === '') continue;
    const cells: string[] = [];
    for (const match of line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)) {
      cells.push(match[1] !== undefined ? match[1].replaceAll('""', '"') : (match[2] ?? ''));
    }
    rows.push(cells);
  }
  return rows;
}
