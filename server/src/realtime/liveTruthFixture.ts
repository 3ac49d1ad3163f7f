import { randomUUID } from 'node:crypto';
import type { SessionState } from '@konsil/shared';
import { afterEach, beforeEach, expect } from 'vitest';
import type { DialectName } from '../storage/dialect';
import { withdrawConsent } from '../test/accessChanges';
import { signIn } from '../test/api';
import { lungCase } from '../test/caseContent';
import { type NotesClient, openSyncedNotes } from '../test/collabClient';
import { buildCase } from '../test/factories';
import { connectLive, type JoinedClient, joinWith, type LiveClient } from '../test/liveClient';
import type { TestClient } from '../test/testClient';
import type { TestServer } from '../test/testServer';
import { ONCOLOGIST_BERLIN, startWithJointBoard } from './handlers/liveBoardFixture';

export const MINUTE = 60_000;

/** What a viewer who may not read the case under discussion gets instead of its timer. */
export const IDLE_TIMER: SessionState['timer'] = {
  caseId: null,
  state: 'idle',
  allottedMs: 0,
  remainingMs: 0,
};

/** `state` as a viewer sees it who may not read its current case: discussed, but nothing of it. */
export function hiddenView(state: SessionState): SessionState {
  return { ...state, currentCaseId: null, isCurrentCaseHidden: true, timer: IDLE_TIMER };
}

/** The kinds of case a live-truth board can put on its agenda, in the order given. */
export type AgendaItem = 'berlin' | 'seoul' | 'berlinOnly';

type BuiltCase = Awaited<ReturnType<typeof buildCase>>;

/** Everything that would identify a case: none of it may reach someone who may not read it. */
export interface CaseTraces {
  id: string;
  pseudonym: string;
  homeReference: string;
  diagnosis: string;
  question: string;
}

/**
 * Fails naming each trace of `secret` found anywhere in `payloads` (compared as JSON, so a
 * field of any name and any depth counts).
 */
export function expectNoTraceOf(secret: CaseTraces, payloads: unknown[], whose: string): void {
  const wire = JSON.stringify(payloads);
  for (const [name, value] of Object.entries(secret)) {
    // An empty trace would be "found" in anything.
    expect(value.length, `the hidden case's ${name}`).toBeGreaterThan(5);
  }
  const found = Object.entries(secret).filter(([, value]) => wire.includes(value));
  expect(
    found.map(([name]) => name),
    `traces of the hidden case in what ${whose} got`,
  ).toEqual([]);
}

const AGENDA_MINUTES: Record<AgendaItem, number> = { berlin: 10, seoul: 15, berlinOnly: 20 };

/**
 * A fresh server per test with the Joint Thoracic Tumor Board (Berlin hosts, Seoul takes
 * part) and the cases of `agenda` in that order: a consented Berlin case (10 min), a Seoul
 * case (15 min), a Berlin case without consent (20 min) whose diagnosis and question carry
 * text unique to this test. Every live tab and notes editor opened through it is closed after
 * the test.
 */
export function useLiveTruthBoard(
  dialect: DialectName,
  agenda: AgendaItem[] = ['berlin', 'seoul', 'berlinOnly'],
) {
  let server: TestServer;
  let board: { id: string; title: string };
  let cases: Partial<Record<AgendaItem, BuiltCase>> = {};
  const tabs: LiveClient[] = [];
  const editors: NotesClient[] = [];

  beforeEach(async () => {
    ({ server, board } = await startWithJointBoard(dialect));
    cases = {};
    const marker = randomUUID().slice(0, 8);
    for (const item of agenda) {
      const home = item === 'seoul' ? 'SCCC' : 'CCCC';
      const base = lungCase(home);
      cases[item] = await buildCase(server.db, {
        board,
        home,
        status: 'ready',
        allottedMinutes: AGENDA_MINUTES[item],
        consent: item !== 'berlinOnly',
        content:
          item === 'berlinOnly'
            ? {
                diagnosis: {
                  ...base.diagnosis,
                  icd10: { system: 'ICD-10-GM', code: 'C34.1', text: `Nur Berlin ${marker}` },
                },
                question: `Interne Frage ${marker}`,
              }
            : {},
      });
    }
  });

  afterEach(async () => {
    for (const tab of tabs.splice(0)) tab.close();
    for (const editor of editors.splice(0)) editor.destroy();
    await server.close();
  });

  function agendaCase(item: AgendaItem): BuiltCase {
    const built = cases[item];
    if (!built) throw new Error(`the agenda of this suite has no ${item} case`);
    return built;
  }

  /** A tab in `browser` (signed in as `email`), joined to the board. */
  async function joinIn(browser: TestClient, email: string): Promise<JoinedClient> {
    const tab = await connectLive(server, browser, email);
    tabs.push(tab);
    return joinWith(tab, board.id);
  }

  /** A tab in `browser` that is connected but has not joined the board. */
  async function connectIn(browser: TestClient, email: string): Promise<LiveClient> {
    const tab = await connectLive(server, browser, email);
    tabs.push(tab);
    return tab;
  }

  /** The case's notes opened in `browser`, synced. */
  async function openNotesIn(browser: TestClient, caseId: string, label: string) {
    const editor = await openSyncedNotes(browser, caseId, { label });
    editors.push(editor);
    return editor;
  }

  return {
    /** This test's server (set before each test). */
    get server() {
      return server;
    },
    get boardId() {
      return board.id;
    },
    /** The case of that kind on this suite's agenda. */
    agendaCase,
    /** What must never reach Seoul of the unconsented Berlin case. */
    tracesOfBerlinOnly(): CaseTraces {
      const hidden = agendaCase('berlinOnly');
      return {
        id: hidden.id,
        pseudonym: hidden.pseudonym,
        homeReference: hidden.homeReference ?? '',
        diagnosis: hidden.content.diagnosis.icd10?.text ?? '',
        question: hidden.content.question,
      };
    },
    signIn: (email: string) => signIn(server, email),
    /** Signs `email` in (a new browser) and joins the board in one tab. */
    join: async (email: string) => joinIn(await signIn(server, email), email),
    joinIn,
    connectIn,
    openNotesIn,
    /** The Berlin oncologist withdraws consent through the case form's own request. */
    withdrawConsent: (caseId: string) =>
      withdrawConsent(server, { boardId: board.id, caseId }, ONCOLOGIST_BERLIN),
  };
}
