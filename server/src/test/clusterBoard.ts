import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { Balancer } from '../../scripts/cluster/balancer';
import { INSTANCE_COOKIE } from '../../scripts/cluster/stickyInstance';
import {
  OBSERVER_BERLIN,
  ONCOLOGIST_BERLIN,
  ONCOLOGIST_SEOUL,
} from '../realtime/handlers/liveBoardFixture';
import { withdrawConsentAs } from './accessChanges';
import { Cluster, type Instance } from './clusterProcesses';
import { type NotesClient, openSyncedNotes } from './collabClient';
import { buildBoard, buildCase } from './factories';
import { type JoinedClient, joinWith, LiveClient } from './liveClient';
import { userIdOf } from './queries';
import { connectSocket } from './socketClient';
import { TestClient } from './testClient';

type BuiltCase = Awaited<ReturnType<typeof buildCase>>;

/**
 * Two instances, A and B, shared by every test of a file (starting one costs seconds), and a
 * fresh Joint Thoracic Tumor Board per test (Berlin hosts, Seoul takes part) with a consented
 * Berlin case (10 min) and a Seoul case (15 min). Berlin's people use A, Seoul's use B: straight
 * at the instance, or through the cluster's balancer when `withBalancer` is set. Every tab and
 * notes editor opened through it is closed after the test.
 */
export function useClusterBoard(options: { withBalancer?: boolean } = {}) {
  const instanceNames = ['A', 'B'];
  let cluster: Cluster;
  let balancer: Balancer | null = null;
  let board: { id: string; title: string };
  let berlinCase: BuiltCase;
  let seoulCase: BuiltCase;
  const tabs: LiveClient[] = [];
  const editors: NotesClient[] = [];

  beforeAll(async () => {
    cluster = await Cluster.create();
    try {
      for (const name of instanceNames) await cluster.start(name);
      if (options.withBalancer) balancer = await cluster.startBalancer();
    } catch (error) {
      await cluster.destroy();
      throw error;
    }
  }, 120_000);

  afterAll(async () => {
    await cluster?.destroy();
  }, 60_000);

  beforeEach(async () => {
    board = await buildBoard(cluster.db, {
      host: 'CCCC',
      guests: ['SCCC'],
      invited: [ONCOLOGIST_BERLIN, OBSERVER_BERLIN, ONCOLOGIST_SEOUL],
      title: 'Joint Thoracic Tumor Board',
    });
    berlinCase = await buildCase(cluster.db, {
      board,
      home: 'CCCC',
      status: 'ready',
      allottedMinutes: 10,
    });
    seoulCase = await buildCase(cluster.db, {
      board,
      home: 'SCCC',
      status: 'ready',
      allottedMinutes: 15,
    });
  });

  afterEach(({ task }) => {
    // What the servers said is half the story of a failure across processes.
    if (task.result?.state === 'fail') process.stderr.write(`${cluster.recentOutput()}\n`);
    for (const tab of tabs.splice(0)) tab.close();
    for (const editor of editors.splice(0)) editor.destroy();
  });

  /** A new browser signed in as `email` on `instance`. */
  async function signInOn(instance: string, email: string): Promise<TestClient> {
    const browser = new TestClient(cluster.instance(instance).baseUrl);
    const response = await browser.login(email);
    expect(response.status, `login of ${email} on ${instance}`).toBe(200);
    return browser;
  }

  /**
   * A new browser signed in as `email` through the balancer, which keeps it on `instance` (its
   * sticky cookie) for as long as that instance is healthy.
   */
  async function signInThrough(instance: string, email: string): Promise<TestClient> {
    if (!balancer) throw new Error('this suite runs without a balancer');
    const browser = new TestClient(balancer.url);
    browser.setCookie(INSTANCE_COOKIE, instance);
    const response = await browser.login(email);
    expect(response.status, `login of ${email} through the balancer`).toBe(200);
    expect(browser.cookie(INSTANCE_COOKIE), `${email} kept on ${instance}`).toBe(instance);
    return browser;
  }

  /** The same browser (its cookies, so its session) talking to `instance` instead. */
  function sameBrowserOn(browser: TestClient, instance: string): TestClient {
    const moved = new TestClient(cluster.instance(instance).baseUrl);
    for (const pair of browser.cookieHeader.split('; ').filter(Boolean)) {
      const separator = pair.indexOf('=');
      moved.setCookie(pair.slice(0, separator), pair.slice(separator + 1));
    }
    return moved;
  }

  /** A tab of the signed-in `browser` (its own instance), joined to the board. */
  async function joinIn(browser: TestClient, email: string): Promise<JoinedClient> {
    const socket = await connectSocket(browser);
    const tab = new LiveClient(email, await userIdOf(cluster.db, email), browser, socket);
    tabs.push(tab);
    return joinWith(tab, board.id);
  }

  /** The case's notes opened in `browser`, synced; its Origin is the cluster's, valid anywhere. */
  async function openNotesIn(browser: TestClient, caseId: string, label: string) {
    const origin = cluster.origin;
    const editor = await openSyncedNotes(browser, caseId, { label, origin });
    editors.push(editor);
    return editor;
  }

  /** `editor` (of the case's home institution, on `instance`) withdraws consent in the case form. */
  async function withdrawConsentOn(instance: string, caseId: string, editorEmail: string) {
    await withdrawConsentAs(await signInOn(instance, editorEmail), { boardId: board.id, caseId });
  }

  return {
    get cluster() {
      return cluster;
    },
    instance: (name: string): Instance => cluster.instance(name),
    get boardId() {
      return board.id;
    },
    get berlinCase() {
      return berlinCase;
    },
    get seoulCase() {
      return seoulCase;
    },
    /** Tabs and editors closed after the test: push any not opened through this fixture. */
    tabs,
    editors,
    signInOn,
    signInThrough,
    sameBrowserOn,
    joinIn,
    /** Signs `email` in on `instance` (a new browser) and joins the board in one tab. */
    joinOn: async (instance: string, email: string) =>
      joinIn(await signInOn(instance, email), email),
    openNotesIn,
    withdrawConsentOn,
  };
}
