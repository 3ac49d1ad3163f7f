import { type Role, SPECIALTIES, type Specialty } from '@konsil/shared';
import { hashPassword } from '../../../src/auth/passwords';
import type { Db } from '../../../src/storage/db';
import { insertBoard } from '../../../src/storage/repositories/boards';
import { insertUser } from '../../../src/storage/repositories/users';
import {
  DEMO_HOST_ZONE,
  type DemoDirectory,
  insertDemoCase,
  upcomingDemoCases,
} from '../../../src/storage/seed/demoBoards';
import { DEMO_PASSWORD } from '../../../src/storage/seed/demoUsers';
import { seedDemoIfEmpty } from '../../../src/storage/seed/seedDemo';
import { signIn } from '../benchApp';

export interface LiveUser {
  id: string;
  email: string;
}

export interface LiveBoard {
  id: string;
  /** Everyone invited; on the big board the first one is the chair (a coordinator). */
  users: LiveUser[];
}

export interface LiveSeed {
  big: LiveBoard & { caseIds: string[] };
  idle: LiveBoard[];
}

const HOUR_MS = 3_600_000;
const SIGN_IN_CONCURRENCY = 4;

async function loadDirectory(db: Db): Promise<DemoDirectory> {
  const institutions = await db.selectFrom('institutions').select(['id', 'code']).execute();
  const users = await db.selectFrom('users').select(['id', 'email']).execute();
  return {
    institutionIds: new Map(institutions.map((row) => [row.code, row.id])),
    userIds: new Map(users.map((row) => [row.email, row.id])),
  };
}

function institutionId(directory: DemoDirectory, code: string): string {
  const id = directory.institutionIds.get(code);
  if (!id) throw new Error(`The demo has no institution ${code}`);
  return id;
}

/** Clinicians of every specialty with every fifth an observer, alternating Berlin and Seoul. */
function participantProfile(index: number): {
  role: Role;
  specialty: Specialty | null;
  code: string;
} {
  const code = index % 2 === 0 ? 'CCCC' : 'SCCC';
  if (index % 5 === 4) return { role: 'observer', specialty: null, code };
  return { role: 'clinician', specialty: SPECIALTIES[index % SPECIALTIES.length] ?? null, code };
}

/**
 * The demo (institutions, its users as case presenters), then a joint
 * Berlin–Seoul board of `bigSize` invitees with the demo's five upcoming
 * cases, and `idleCount` more boards of `idleSize` invitees each. Users are
 * stored directly with one shared argon2 hash of the demo password.
 */
export async function seedLive(
  db: Db,
  sizes: { bigSize: number; idleCount: number; idleSize: number },
): Promise<LiveSeed> {
  const now = new Date();
  await seedDemoIfEmpty(db, now);
  const directory = await loadDirectory(db);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const berlin = institutionId(directory, 'CCCC');
  const seoul = institutionId(directory, 'SCCC');

  return db.transaction().execute(async (trx) => {
    const addUser = async (email: string, name: string, index: number, chair = false) => {
      const profile = participantProfile(index);
      const id = await insertUser(trx, {
        institutionId: chair ? berlin : institutionId(directory, profile.code),
        email,
        name,
        role: chair ? 'coordinator' : profile.role,
        specialty: chair ? null : profile.specialty,
        passwordHash,
        mustChangePassword: false,
        at: now,
      });
      return { id, email };
    };
    const boardFields = (title: string, users: LiveUser[]) => ({
      title,
      tumorEntity: 'thoracic' as const,
      startsAt: new Date(now.getTime() + HOUR_MS).toISOString(),
      timeZone: DEMO_HOST_ZONE,
      durationMinutes: 120,
      hostInstitutionId: berlin,
      videoUrl: null,
      institutionIds: [berlin, seoul],
      participantIds: users.map((user) => user.id),
    });

    const bigUsers: LiveUser[] = [];
    for (let index = 0; index < sizes.bigSize; index += 1) {
      const number = String(index).padStart(3, '0');
      bigUsers.push(
        await addUser(
          `live.bench.${number}@konsil.test`,
          index === 0 ? 'Bench Chair 000' : `Bench Participant ${number}`,
          index,
          index === 0,
        ),
      );
    }
    const chair = bigUsers[0];
    if (!chair) throw new Error('The big board needs at least its chair');
    const bigId = await insertBoard(trx, boardFields('Benchmark Live Board', bigUsers), {
      createdBy: chair.id,
      at: now,
    });
    const caseIds: string[] = [];
    for (const template of upcomingDemoCases(now)) {
      caseIds.push(
        await insertDemoCase(trx, directory, bigId, template, { submittedAt: now, movedAt: now }),
      );
    }

    const idle: LiveBoard[] = [];
    for (let board = 0; board < sizes.idleCount; board += 1) {
      const users: LiveUser[] = [];
      for (let index = 0; index < sizes.idleSize; index += 1) {
        const number = `${String(board).padStart(2, '0')}.${String(index).padStart(2, '0')}`;
        users.push(await addUser(`live.idle.${number}@konsil.test`, `Idle ${number}`, index));
      }
      const id = await insertBoard(trx, boardFields(`Idle Board ${board}`, users), {
        createdBy: chair.id,
        at: now,
      });
      idle.push({ id, users });
    }
    return { big: { id: bigId, users: bigUsers, caseIds }, idle };
  });
}

/** Signs every user in once over HTTP, a few at a time; returns email → Cookie header. */
export async function signInAll(baseUrl: string, users: LiveUser[]): Promise<Map<string, string>> {
  const cookies = new Map<string, string>();
  let next = 0;
  const lane = async () => {
    while (next < users.length) {
      const user = users[next];
      next += 1;
      if (user) cookies.set(user.email, await signIn(baseUrl, user.email));
    }
  };
  await Promise.all(Array.from({ length: SIGN_IN_CONCURRENCY }, lane));
  return cookies;
}
