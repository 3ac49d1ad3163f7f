/**
 * Konsil's side of the notes benchmark: a migrated SQLite database in a temp
 * directory (the server process opens the same file), the demo's
 * institutions and users, `userCount` Berlin clinicians invited to one joint
 * board, and `caseCount` Berlin cases on it — so every user may edit every
 * case's notes. Optionally an update log per case for the cold-open workload.
 */
import * as Y from 'yjs';
import { hashPassword } from '../../../src/auth/passwords';
import type { Db } from '../../../src/storage/db';
import { insertBoard } from '../../../src/storage/repositories/boards';
import { appendNoteUpdates } from '../../../src/storage/repositories/noteDocuments';
import { insertUser } from '../../../src/storage/repositories/users';
import {
  DEMO_HOST_ZONE,
  type DemoDirectory,
  insertDemoCase,
  upcomingDemoCases,
} from '../../../src/storage/seed/demoBoards';
import type { DemoCase } from '../../../src/storage/seed/demoCaseKit';
import { DEMO_PASSWORD } from '../../../src/storage/seed/demoUsers';
import { seedDemoIfEmpty } from '../../../src/storage/seed/seedDemo';
import { signIn } from '../benchApp';
import { openTempSqlite, type TempSqlite } from '../benchDatabase';
import { appendParagraph } from './noteClients';

const HOUR_MS = 3_600_000;
const TYPED_TEXT = 'Tumor board discussion: staging, biomarkers, options and a recommendation. ';
/** Rows per insert statement: 4 bound values each, well under SQLite's 32,766. */
const UPDATES_PER_STATEMENT = 1_000;

export type NotesDatabase = TempSqlite;

export interface NotesSeed {
  caseIds: string[];
  emails: string[];
}

export function createNotesDatabase(): Promise<NotesDatabase> {
  return openTempSqlite('konsil-notes-bench-');
}

async function loadDirectory(db: Db): Promise<DemoDirectory> {
  const institutions = await db.selectFrom('institutions').select(['id', 'code']).execute();
  const users = await db.selectFrom('users').select(['id', 'email']).execute();
  return {
    institutionIds: new Map(institutions.map((row) => [row.code, row.id])),
    userIds: new Map(users.map((row) => [row.email, row.id])),
  };
}

export async function seedNotes(
  db: Db,
  counts: { userCount: number; caseCount: number },
): Promise<NotesSeed> {
  const now = new Date();
  await seedDemoIfEmpty(db, now, { boards: false });
  const directory = await loadDirectory(db);
  const berlin = directory.institutionIds.get('CCCC');
  const seoul = directory.institutionIds.get('SCCC');
  // A Berlin case (its home team may read it, consent or not), with empty notes.
  const berlinCase = upcomingDemoCases(now).find((item) => item.institution === 'CCCC');
  if (!berlin || !seoul || !berlinCase) throw new Error('The demo lacks Berlin, Seoul or a case');
  const template: DemoCase = { ...berlinCase, notes: undefined };
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  return db.transaction().execute(async (trx) => {
    const users: { id: string; email: string }[] = [];
    for (let index = 0; index < counts.userCount; index += 1) {
      const email = `notes.bench.${String(index).padStart(3, '0')}@konsil.test`;
      const id = await insertUser(trx, {
        institutionId: berlin,
        email,
        name: `Notes Bench ${index}`,
        role: 'clinician',
        specialty: 'pulmonology',
        passwordHash,
        mustChangePassword: false,
        at: now,
      });
      users.push({ id, email });
    }
    const first = users[0];
    if (!first) throw new Error('The benchmark needs at least one user');
    const boardId = await insertBoard(
      trx,
      {
        title: 'Benchmark Notes Board',
        tumorEntity: 'thoracic',
        startsAt: new Date(now.getTime() + HOUR_MS).toISOString(),
        timeZone: DEMO_HOST_ZONE,
        durationMinutes: 120,
        hostInstitutionId: berlin,
        videoUrl: null,
        institutionIds: [berlin, seoul],
        participantIds: users.map((user) => user.id),
      },
      { createdBy: first.id, at: now },
    );
    const caseIds: string[] = [];
    for (let index = 0; index < counts.caseCount; index += 1) {
      caseIds.push(
        await insertDemoCase(trx, directory, boardId, template, { submittedAt: now, movedAt: now }),
      );
    }
    return { caseIds, emails: users.map((user) => user.email) };
  });
}

/** `length` Yjs updates of one Y.Doc typing one character at a time into one paragraph. */
export function typedHistory(length: number): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const letter = (index: number) => TYPED_TEXT[index % TYPED_TEXT.length] ?? ' ';
  // The paragraph arrives with its first character, so there are exactly `length` updates.
  const text = doc.transact(() => {
    const paragraph = appendParagraph(doc);
    paragraph.insert(0, letter(0));
    return paragraph;
  });
  for (let index = 1; index < length; index += 1) text.insert(index, letter(index));
  doc.destroy();
  return updates;
}

/** Stores `updates` as each case's update log (not compacted), in the order given. */
export async function storeHistory(
  db: Db,
  caseIds: readonly string[],
  updates: readonly Uint8Array[],
): Promise<void> {
  const at = new Date();
  await db.transaction().execute(async (trx) => {
    for (const caseId of caseIds) {
      for (let start = 0; start < updates.length; start += UPDATES_PER_STATEMENT) {
        const batch = updates
          .slice(start, start + UPDATES_PER_STATEMENT)
          .map((payload) => ({ payload, userId: null }));
        await appendNoteUpdates(trx, caseId, batch, at);
      }
    }
  });
}

/** Signs every email in once (argon2 is slow: connections share these cookies). */
export async function signInAll(baseUrl: string, emails: readonly string[]): Promise<string[]> {
  const cookies: string[] = [];
  for (const email of emails) cookies.push(await signIn(baseUrl, email));
  return cookies;
}
