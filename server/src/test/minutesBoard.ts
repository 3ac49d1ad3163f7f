import { EMPTY_RECOMMENDATION, type RecommendationContent } from '@konsil/shared';
import { storeNoteSnapshot } from '../storage/repositories/noteDocuments';
import { demoNotesState } from '../storage/seed/demoNotes';
import { signIn } from './api';
import { buildBoard, buildCase } from './factories';
import { joinAs } from './liveClient';
import type { TestServer } from './testServer';

export const COORDINATOR_BERLIN = 'coordinator.berlin@konsil.test';
export const COORDINATOR_SEOUL = 'coordinator.seoul@konsil.test';
export const ONCOLOGIST_BERLIN = 'oncologist.berlin@konsil.test';
export const ONCOLOGIST_SEOUL = 'oncologist.seoul@konsil.test';
export const OBSERVER_BERLIN = 'observer.berlin@konsil.test';
export const ONCOLOGIST_VIENNA = 'oncologist.vienna@konsil.test';

export const GERMAN_NOTE =
  'Pathologie: Adenokarzinom, EGFR Exon 19 Deletion. Lungenfunktion grenzwertig.';
export const KOREAN_NOTE = '폐암은 좌상엽에 국한되어 있으며 수술 가능성이 높음.';

export const lobectomy: RecommendationContent = {
  ...EMPTY_RECOMMENDATION,
  decisionText: 'Lobektomie mit Lymphadenektomie, danach adjuvant Osimertinib für 3 Jahre.',
  intent: 'curative',
  modalities: ['surgery', 'systemic_therapy'],
  guideline: { body: 's3', name: 'Lungenkarzinom', version: '3.0' },
  isGuidelineConcordant: true,
};

/**
 * A joint Berlin–Seoul board run live to its end: a consented Berlin case with
 * German notes, a recommendation and three positions; a consented Seoul case
 * with Korean notes, deferred; and an unconsented Berlin case that no minutes
 * may show. The Berlin coordinator ends it over the live socket.
 */
export async function runBoardToEnd(server: TestServer, options: { xss?: string } = {}) {
  const board = await buildBoard(server.db, {
    host: 'CCCC',
    guests: ['SCCC'],
    invited: [ONCOLOGIST_BERLIN, ONCOLOGIST_SEOUL, OBSERVER_BERLIN],
    title: `Joint Thoracic Tumor Board ${options.xss ?? ''}`.trim(),
    status: 'live',
  });
  const berlinCase = await buildCase(server.db, { board, home: 'CCCC', status: 'ready' });
  const seoulCase = await buildCase(server.db, { board, home: 'SCCC', status: 'ready' });
  const hiddenCase = await buildCase(server.db, {
    board,
    home: 'CCCC',
    status: 'ready',
    consent: false,
  });
  const at = new Date();
  const note = options.xss ? `${GERMAN_NOTE} ${options.xss}` : GERMAN_NOTE;
  await storeNoteSnapshot(
    server.db,
    berlinCase.id,
    demoNotesState([{ heading: 'Befund' }, { paragraph: note }]),
    at,
  );
  await storeNoteSnapshot(
    server.db,
    seoulCase.id,
    demoNotesState([{ bullets: [KOREAN_NOTE] }]),
    at,
  );
  await storeNoteSnapshot(
    server.db,
    hiddenCase.id,
    demoNotesState([{ paragraph: 'Nur für Berlin' }]),
    at,
  );

  const chair = await joinAs(server, COORDINATOR_BERLIN, board.id);
  const seoulTab = await joinAs(server, ONCOLOGIST_SEOUL, board.id);
  const casePath = (id: string, tail: string) => `/api/boards/${board.id}/cases/${id}/${tail}`;
  const content = options.xss
    ? { ...lobectomy, decisionText: `${lobectomy.decisionText} ${options.xss}` }
    : lobectomy;
  await chair.browser.put(casePath(berlinCase.id, 'recommendation'), { version: 0, content });
  // Every position judges version 1, the only one saved.
  const onVersion1 = { recommendationVersion: 1 };
  await chair.browser.put(casePath(berlinCase.id, 'position'), {
    position: 'agree',
    note: '',
    ...onVersion1,
  });
  await seoulTab.browser.put(casePath(berlinCase.id, 'position'), {
    position: 'disagree',
    note: 'Neoadjuvante Chemoimmuntherapie erwägen',
    ...onVersion1,
  });
  const berlin = await signIn(server, ONCOLOGIST_BERLIN);
  await berlin.put(casePath(berlinCase.id, 'position'), {
    position: 'agree',
    note: '',
    ...onVersion1,
  });
  await chair.browser.post(casePath(berlinCase.id, 'close'), { outcome: 'decided', reason: '' });
  await chair.browser.post(casePath(seoulCase.id, 'close'), {
    outcome: 'deferred',
    reason: 'PET-CT 결과 대기',
  });
  // The board ran 45 minutes: attendance records time in the live board, not an instant.
  server.clock.advanceMinutes(45);
  await chair.ok('board:end', { boardId: board.id });
  seoulTab.close();
  return { board, berlinCase, seoulCase, hiddenCase, chair };
}
