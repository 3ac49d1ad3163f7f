import { describe, expect, it } from 'vitest';
import { readReply } from './liveReply';

const numberSchema = {
  parse(data: unknown): number {
    if (typeof data !== 'number') throw new Error('not a number');
    return data;
  },
};

describe('reading acknowledgements', () => {
  it('returns checked data for ok replies', async () => {
    await expect(readReply({ ok: true, data: 7 }, numberSchema)).resolves.toEqual({
      ok: true,
      data: 7,
    });
  });

  it('returns the error id of a refusal', async () => {
    const reply = { ok: false, error: { id: 'forbidden', message: 'You are not allowed.' } };
    await expect(readReply(reply, numberSchema)).resolves.toEqual({
      ok: false,
      errorId: 'forbidden',
    });
  });

  it('treats data that does not match the contract, or no ack shape at all, as invalid', async () => {
    for (const reply of [{ ok: true, data: 'seven' }, null, 'ok', { ok: false }]) {
      await expect(readReply(reply, numberSchema)).resolves.toEqual({
        ok: false,
        errorId: 'invalid_response',
      });
    }
  });
});
