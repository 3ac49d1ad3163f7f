import { describe, expect, it } from 'vitest';
import { checkpointSentences } from './checkpointText';

const formatTime = (instant: string) => `<${instant}>`;
const lastVerified = { number: 1, seq: 4, signedAt: '2026-12-03T07:00:00.000Z' };

describe('checkpointSentences', () => {
  it('says when no checkpoint was signed yet', () => {
    expect(
      checkpointSentences(
        { checked: 0, total: 0, lastVerified: null, firstBroken: null },
        formatTime,
      ),
    ).toEqual([{ key: 'none', values: {} }]);
  });

  it('names the last verified checkpoint, its rows and its time', () => {
    expect(
      checkpointSentences({ checked: 1, total: 1, lastVerified, firstBroken: null }, formatTime),
    ).toEqual([
      {
        key: 'ok',
        values: { checked: 1, total: 1, seq: 4, number: 1, time: '<2026-12-03T07:00:00.000Z>' },
      },
    ]);
  });

  it('puts the changed rows first, then what is still covered', () => {
    const sentences = checkpointSentences(
      {
        checked: 1,
        total: 2,
        lastVerified,
        firstBroken: {
          checkpoint: 2,
          problem: 'rows_changed',
          seq: 5,
          toSeq: 8,
          reason: 'rows 5..8 were changed after checkpoint 2 was signed',
        },
      },
      formatTime,
    );

    expect(sentences).toEqual([
      { key: 'rows_changed', values: { checkpoint: 2, from: 5, to: 8 } },
      {
        key: 'covered',
        values: { seq: 4, number: 1, time: '<2026-12-03T07:00:00.000Z>' },
      },
    ]);
  });

  it('reports a bad first signature without a covered range', () => {
    const sentences = checkpointSentences(
      {
        checked: 0,
        total: 3,
        lastVerified: null,
        firstBroken: {
          checkpoint: 1,
          problem: 'bad_signature',
          seq: null,
          toSeq: null,
          reason: 'the signature of checkpoint 1 does not match',
        },
      },
      formatTime,
    );

    expect(sentences.map((sentence) => sentence.key)).toEqual(['bad_signature']);
  });
});
