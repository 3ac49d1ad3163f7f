import { instanceOf, pinToInstance, recordStates } from '../cluster/clusterBrowsers';
import { ClusterProcess } from '../cluster/clusterProcess';
import {
  berlinCoordinator,
  seoulOncologist,
  uniqueSuffix,
  upcomingWinterDay,
} from '../fixtures/actors';
import { completeSeoulLungCase } from '../fixtures/arrange';
import { LiveBoardView } from '../fixtures/livePages';
import { recordConnectionStates } from '../fixtures/liveTruthPages';
import { NotesPanel } from '../fixtures/notesPages';
import { test as base, expect, screenshotFor, signInAs } from '../fixtures/test';
import { clinicalTexts } from '../fixtures/texts';

const SEOUL_MACHINE = { timezoneId: 'Asia/Seoul' };
const ko = clinicalTexts.ko.live;
/** The promise: after an instance dies, its browsers are back through the balancer in 5 s. */
const FAILOVER = { timeout: 5_000 };
/** A dead instance's people leave presence within 10 s and come back when they reconnect. */
const PRESENCE_SETTLES = { timeout: 10_000 };
const servicesRequired = ['1', 'true'].includes(process.env.KONSIL_REQUIRE_SERVICES ?? '');

/**
 * A cluster of its own for each journey, since a journey may kill one of its instances: started
 * before it (two instances migrate and seed a fresh PostgreSQL database first) and stopped after
 * it, its database and Redis keys dropped. A fixture rather than beforeAll, because Playwright
 * sets up the browser context options, which read `baseURL`, before any hook runs.
 */
const test = base.extend<{ cluster: ClusterProcess }>({
  cluster: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures name what they use; this one uses none
    async ({}, use) => {
      const started = await ClusterProcess.start();
      if (!(started instanceof ClusterProcess)) {
        if (servicesRequired) {
          throw new Error(
            `The cluster needs PostgreSQL and Redis (KONSIL_REQUIRE_SERVICES):\n${started.missing}`,
          );
        }
        test.skip(true, `No cluster without PostgreSQL and Redis:\n${started.missing}`);
        return;
      }
      try {
        await use(started);
      } finally {
        const testInfo = test.info();
        if (testInfo.status !== testInfo.expectedStatus) {
          await testInfo.attach('cluster output', {
            body: started.output(),
            contentType: 'text/plain',
          });
        }
        await started.stop();
      }
    },
    { timeout: 120_000 },
  ],
  // Every browser and API client of these journeys goes through the cluster's load balancer.
  baseURL: async ({ cluster }, use) => {
    await use(cluster.url);
  },
});

test.describe('a board on two instances behind the load balancer', () => {
  test('Berlin on instance A and Seoul on instance B run the live board and write the notes together; when A is killed, Berlin is back through the balancer on B within 5 s with the case, the hand and the notes intact', async ({
    cluster,
    openActor,
    apiAs,
  }) => {
    // Two people on their own machines and a failover (the board is planned over the API).
    test.setTimeout(150_000);
    const suffix = uniqueSuffix();
    const board = await (await apiAs(berlinCoordinator.email)).planBoard({
      title: `Joint Thoracic Board on two instances ${suffix}`,
      start: { local: `${upcomingWinterDay()}T08:00`, timeZone: 'Europe/Berlin' },
      institutions: ['CCCC', 'SCCC'],
      invite: [seoulOncologist],
    });
    const seoulApi = await apiAs(seoulOncologist.email);
    const firstCase = await seoulApi.submitCase(
      board.id,
      completeSeoulLungCase({
        question: `Neoadjuvant chemo-immunotherapy? (${suffix})`,
        homeReference: `SMC-A-${suffix}`,
      }),
    );
    const secondQuestion = `Consolidation durvalumab after chemoradiation? (${suffix})`;
    const secondCase = await seoulApi.submitCase(
      board.id,
      completeSeoulLungCase({ question: secondQuestion, homeReference: `SMC-B-${suffix}` }),
    );
    const words = {
      berlin: `Berlin: PD-L1 60 %, favour consolidation durvalumab ${suffix}`,
      seoul: `서울: 방사선 폐렴 없음, 더발루맙 동의 ${suffix}`,
      afterFailover: `Berlin after the failover: restage with PET-CT in 3 months ${suffix}`,
    };

    // The Berlin coordinator's browser is on instance a, the Seoul oncologist's on b.
    const berlin = await openActor();
    await pinToInstance(berlin.page.context(), cluster, 'a');
    await signInAs(berlin, berlinCoordinator.email);
    const chair = new LiveBoardView(berlin.page);
    await chair.openFrom(board.id);

    const seoul = await openActor(SEOUL_MACHINE);
    await pinToInstance(seoul.page.context(), cluster, 'b');
    await signInAs(seoul, seoulOncologist.email, { language: 'institution default' });
    const seoulView = new LiveBoardView(seoul.page, clinicalTexts.ko);
    await seoulView.openFrom(board.id);

    // Each sees the other present, though they are connected to different processes.
    await expect(chair.presentFrom('SCCC')).toHaveText([seoulOncologist.name]);
    await expect(seoulView.presentFrom('CCCC')).toHaveText([berlinCoordinator.name]);

    // The coordinator starts the board and moves to the second case; Seoul follows.
    await chair.start();
    await expect(seoulView.status).toHaveText(ko.status.live);
    await expect(seoulView.currentCase).toHaveText(firstCase.pseudonym);
    await chair.discussNow(secondCase.pseudonym).click();
    await expect(seoulView.currentCase).toHaveText(secondCase.pseudonym);
    await expect(seoulView.caseCard).toContainText(secondQuestion);

    // Seoul raises a hand; Berlin sees it in the queue.
    await seoulView.raiseHand.click();
    await expect(chair.raisedHands).toHaveCount(1);
    await expect(chair.raisedHands.first()).toContainText(seoulOncologist.name);

    // Both write in the current case's notes on the live board; each reads the other's words.
    const berlinNotes = new NotesPanel(berlin.page);
    const seoulNotes = new NotesPanel(seoul.page, clinicalTexts.ko);
    await berlinNotes.expectState('connected');
    await seoulNotes.expectState('connected');
    await berlinNotes.addParagraph(words.berlin);
    await expect(seoulNotes.editor).toContainText(words.berlin);
    await seoulNotes.addParagraph(words.seoul);
    await expect(berlinNotes.editor).toContainText(words.seoul);

    // All of it crossed instances: the balancer kept each browser where it was put.
    expect(await instanceOf(berlin.page.context(), cluster)).toBe('a');
    expect(await instanceOf(seoul.page.context(), cluster)).toBe('b');
    await screenshotFor(berlin.page, 'issue13-cluster-berlin-on-a');
    await screenshotFor(seoul.page, 'issue13-cluster-seoul-on-b');

    // Instance a is killed (kill -9). Berlin's live connection and notes drop and come back
    // through the balancer, now on b, within 5 s.
    const liveLog = await recordConnectionStates(berlin.page);
    const notesLog = await recordStates(berlin.page, 'notes-status', 'data-state');
    cluster.killHard('a');
    await Promise.all([
      expect(liveLog).toHaveAttribute(
        'data-connection-log',
        /^online (?:\w+ )*reconnecting(?: \w+)* online$/,
        FAILOVER,
      ),
      expect(notesLog).toHaveAttribute(
        'data-log-notes-status',
        /^connected (?:\w+ )*(?:reconnecting|connecting)(?: \w+)* connected$/,
        FAILOVER,
      ),
    ]);
    await expect.poll(() => instanceOf(berlin.page.context(), cluster)).toBe('b');

    // Nothing was lost: the current case, the raised hand and every word of the notes.
    await expect(chair.currentCase).toHaveText(secondCase.pseudonym);
    await expect(chair.caseCard).toContainText(secondQuestion);
    await expect(chair.raisedHands).toHaveCount(1);
    await expect(chair.raisedHands.first()).toContainText(seoulOncologist.name);
    for (const notes of [berlinNotes, seoulNotes]) {
      await expect(notes.editor).toContainText(words.berlin);
      await expect(notes.editor).toContainText(words.seoul);
    }
    // Seoul, whose instance lives, still sees Berlin present once Berlin is back on b.
    await expect(seoulView.presentFrom('CCCC')).toHaveText(
      [berlinCoordinator.name],
      PRESENCE_SETTLES,
    );
    await expect(seoulView.presenceGroup('CCCC').getByTestId('presence-entry')).toHaveAttribute(
      'data-status',
      'online',
      PRESENCE_SETTLES,
    );

    // And Berlin goes on writing: the words reach Seoul through the surviving instance.
    await berlinNotes.addParagraph(words.afterFailover);
    await expect(seoulNotes.editor).toContainText(words.afterFailover);
    await screenshotFor(berlin.page, 'issue13-cluster-berlin-after-failover');
  });
});
