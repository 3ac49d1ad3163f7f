/**
 * The past joint board, as if it had run in Konsil: attendance, a
 * recommendation and positions per case, minutes signed by the Berlin
 * coordinator after the board and amended by the Seoul coordinator a day
 * later — so a newcomer can open, compare and export them at once.
 */
import { EMPTY_RECOMMENDATION, type RecommendationContent } from '@konsil/shared';
import { canonicalJson } from '../../minutes/canonicalJson';
import { generateMinutes } from '../../minutes/generateMinutes';
import { signedHashOf } from '../../minutes/minutesHash';
import type { Db } from '../db';
import { closeAttendance, openAttendance, setBoardStatus } from '../repositories/boardSessions';
import { findBoard } from '../repositories/boards';
import { appendCaseEvent } from '../repositories/caseEvents';
import { saveRecommendation, statePosition } from '../repositories/decisions';
import { insertSignedMinutes, saveDraftSummary } from '../repositories/minutes';
import type { DemoDirectory } from './demoBoards';
import { DEMO_USERS } from './demoUsers';

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/** One recommendation per past case, in agenda order (see demoCasesPast.ts). */
const RECOMMENDATIONS: RecommendationContent[] = [
  {
    ...EMPTY_RECOMMENDATION,
    decisionText:
      'Erstlinie Lorlatinib 100 mg täglich; Radiochirurgie der Hirnmetastasen zurückgestellt, MRT-Kontrolle nach 8 Wochen.',
    intent: 'palliative',
    modalities: ['systemic_therapy'],
    guideline: { body: 'esmo', name: 'Oncogene-addicted metastatic NSCLC', version: '2023' },
    isGuidelineConcordant: true,
    followUpOn: null,
  },
  {
    ...EMPTY_RECOMMENDATION,
    decisionText:
      '오시머티닙 3년 보조요법. Nachsorge mit CT-Thorax alle 6 Monate in den ersten zwei Jahren.',
    intent: 'curative',
    modalities: ['systemic_therapy'],
    guideline: { body: 'nccn', name: 'Non-Small Cell Lung Cancer', version: '3.2025' },
    isGuidelineConcordant: true,
  },
  {
    ...EMPTY_RECOMMENDATION,
    decisionText:
      'Keine adjuvante Therapie; Nachsorge mit CT-Thorax nach 6 und 12 Monaten, danach jährlich.',
    intent: 'curative',
    modalities: ['watch_and_wait'],
    guideline: { body: 's3', name: 'Lungenkarzinom', version: '3.0' },
    isGuidelineConcordant: true,
  },
];

const VOTERS: { email: string; position: 'agree' | 'disagree' | 'abstain'; note: string }[] = [
  { email: 'oncologist.berlin@konsil.test', position: 'agree', note: '' },
  { email: 'surgeon.berlin@konsil.test', position: 'agree', note: '' },
  { email: 'oncologist.seoul@konsil.test', position: 'agree', note: '' },
  { email: 'radiologist.seoul@konsil.test', position: 'abstain', note: '' },
];

function idOf(ids: ReadonlyMap<string, string>, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Demo: unknown ${key}`);
  return id;
}

export async function seedDemoMinutes(
  db: Db,
  directory: DemoDirectory,
  board: { id: string; startsAt: Date; ranMinutes: number; invitees: string[] },
  caseIds: string[],
): Promise<void> {
  const startedAt = new Date(board.startsAt.getTime() + 2 * MINUTE_MS);
  const endedAt = new Date(board.startsAt.getTime() + board.ranMinutes * MINUTE_MS);
  await setBoardStatus(db, board.id, 'live', startedAt);
  await setBoardStatus(db, board.id, 'ended', endedAt);
  for (const [index, email] of board.invitees.entries()) {
    const user = DEMO_USERS.find((entry) => entry.email === email);
    if (!user) continue;
    const userId = idOf(directory.userIds, email);
    // Seoul's radiologist joined late; everyone else was there from the start.
    const joinedAt = new Date(startedAt.getTime() + (index === 0 ? 0 : index * MINUTE_MS));
    const at = email.startsWith('radiologist.')
      ? new Date(joinedAt.getTime() + 15 * MINUTE_MS)
      : joinedAt;
    await openAttendance(db, {
      boardId: board.id,
      userId,
      institutionId: idOf(directory.institutionIds, user.institution),
      at,
    });
    await closeAttendance(db, board.id, userId, endedAt);
  }

  const coordinatorBerlin = idOf(directory.userIds, 'coordinator.berlin@konsil.test');
  for (const [index, caseId] of caseIds.entries()) {
    const content = RECOMMENDATIONS[index];
    if (!content) continue;
    const at = new Date(startedAt.getTime() + (index + 1) * 10 * MINUTE_MS);
    await saveRecommendation(db, { caseId, expectedVersion: 0, content }, coordinatorBerlin, at);
    for (const voter of VOTERS) {
      const note =
        index === 1 && voter.email === 'surgeon.berlin@konsil.test'
          ? 'Zwei Jahre Osimertinib würden aus meiner Sicht genügen.'
          : voter.note;
      const position = note ? 'disagree' : voter.position;
      await statePosition(
        db,
        {
          caseId,
          userId: idOf(directory.userIds, voter.email),
          position,
          note,
          recommendationVersion: 1,
        },
        at,
      );
    }
    // Closed by the coordinator once everyone had spoken, as the live board records it.
    await appendCaseEvent(db, {
      caseId,
      kind: 'closed',
      boardId: board.id,
      outcome: 'decided',
      actorId: coordinatorBerlin,
      at: new Date(at.getTime() + 5 * MINUTE_MS),
    });
  }

  await saveDraftSummary(
    db,
    board.id,
    'Drei Fälle entschieden, alle leitliniengerecht. 세 증례 모두 결정됨.',
    coordinatorBerlin,
    endedAt,
  );
  const stored = await findBoard(db, board.id);
  if (!stored) throw new Error('Demo: past board missing');
  const first = await generateMinutes(db, stored);
  await signDemoMinutes(db, board.id, first, 1, {
    email: 'coordinator.berlin@konsil.test',
    at: new Date(endedAt.getTime() + HOUR_MS),
    reason: null,
    directory,
  });

  // A day later Seoul corrects the follow-up interval of its own case.
  const amended = structuredClone(first);
  const seoulCase = amended.cases[1];
  if (seoulCase?.recommendation) {
    seoulCase.recommendation.decisionText =
      '오시머티닙 3년 보조요법. Nachsorge mit CT-Thorax alle 6 Monate in den ersten drei Jahren.';
  }
  await signDemoMinutes(db, board.id, amended, 2, {
    email: 'coordinator.seoul@konsil.test',
    at: new Date(endedAt.getTime() + 24 * HOUR_MS),
    reason: 'Nachsorgeintervall korrigiert / 추적 관찰 기간 정정',
    directory,
  });
}

/** Signs minutes as a demo coordinator would have, with the hash the minutes page checks. */
export async function signDemoMinutes(
  db: Db,
  boardId: string,
  content: Awaited<ReturnType<typeof generateMinutes>>,
  version: number,
  signer: { email: string; at: Date; reason: string | null; directory: DemoDirectory },
) {
  const user = DEMO_USERS.find((entry) => entry.email === signer.email);
  if (!user) throw new Error(`Demo: unknown signer ${signer.email}`);
  const facts = {
    version,
    signedBy: {
      id: idOf(signer.directory.userIds, signer.email),
      name: user.name,
      institutionCode: user.institution,
    },
    signedAt: signer.at.toISOString(),
    amendmentReason: signer.reason,
  };
  await insertSignedMinutes(
    db,
    { boardId, content, contentHash: signedHashOf(content, facts), ...facts },
    canonicalJson(content),
  );
}
