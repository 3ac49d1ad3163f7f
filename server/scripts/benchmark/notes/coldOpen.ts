/**
 * W2 (Konsil only): cold opens of notes with a long history. Each case's
 * document is not in memory when its client connects; the time is from
 * opening the client to its first sync with all the text there. Every case is
 * opened twice: first with its update log as stored, then again once the
 * server has unloaded it (by then it may have compacted the log). Each pass
 * starts with warm-up cases, not counted: the server's load path is compiled
 * on first use, which a cold document on a long-running server does not pay.
 */
import { performance } from 'node:perf_hooks';
import { type Summary, summarize } from '../stats';
import { type NoteClient, notesTextLength, type Target } from './noteClients';

export interface ColdOpenOutcome {
  /** First opens: the whole update log is read and applied. */
  log: Summary;
  /** Second opens, after the server unloaded the documents again. */
  compacted: Summary;
  /** Update-log rows of the measured cases before the first opens, and after the first pass. */
  logRowsBefore: number;
  logRowsAfter: number;
  /** Opens that had to wait past UNLOAD_TIMEOUT_MS for the previous document to leave memory. */
  warmOpens: number;
}

const OPEN_TIMEOUT_MS = 60_000;
const UNLOAD_TIMEOUT_MS = 30_000;

/**
 * Resolves true once the server holds no document in memory and has finished
 * storing the last one it dropped, false if that takes longer than `timeoutMs`.
 */
export type WhenNoneHeld = (timeoutMs: number) => Promise<boolean>;

function completeOpen(client: NoteClient, expectedLength: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let isSynced = false;
    const timer = setTimeout(() => {
      const length = notesTextLength(client.doc);
      reject(new Error(`Cold open incomplete after ${OPEN_TIMEOUT_MS} ms: ${length} characters`));
    }, OPEN_TIMEOUT_MS);
    const check = () => {
      if (!isSynced || notesTextLength(client.doc) !== expectedLength) return;
      clearTimeout(timer);
      client.doc.off('afterTransaction', check);
      resolve();
    };
    client.doc.on('afterTransaction', check);
    void client.synced.then(() => {
      isSynced = true;
      check();
    });
  });
}

async function openEach(
  target: Target,
  whenNoneHeld: WhenNoneHeld,
  caseIds: readonly string[],
  expectedLength: number,
): Promise<{ times: number[]; warmOpens: number }> {
  const times: number[] = [];
  let warmOpens = 0;
  for (const caseId of caseIds) {
    const isCold = await whenNoneHeld(UNLOAD_TIMEOUT_MS);
    if (!isCold) warmOpens += 1;
    const start = performance.now();
    const client = target.open(caseId, 0);
    try {
      await completeOpen(client, expectedLength);
      times.push(performance.now() - start);
    } finally {
      client.destroy();
    }
  }
  return { times, warmOpens };
}

export async function runColdOpens(
  target: Target,
  whenNoneHeld: WhenNoneHeld,
  cases: { warmUp: readonly string[]; measured: readonly string[] },
  expectedLength: number,
  countLogRows: (caseIds: readonly string[]) => Promise<number>,
): Promise<ColdOpenOutcome> {
  const logRowsBefore = await countLogRows(cases.measured);
  await openEach(target, whenNoneHeld, cases.warmUp, expectedLength);
  const first = await openEach(target, whenNoneHeld, cases.measured, expectedLength);
  await whenNoneHeld(UNLOAD_TIMEOUT_MS);
  const logRowsAfter = await countLogRows(cases.measured);
  await openEach(target, whenNoneHeld, cases.warmUp, expectedLength);
  const second = await openEach(target, whenNoneHeld, cases.measured, expectedLength);
  return {
    log: summarize(first.times),
    compacted: summarize(second.times),
    logRowsBefore,
    logRowsAfter,
    warmOpens: first.warmOpens + second.warmOpens,
  };
}
