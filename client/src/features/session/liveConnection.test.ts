import { describe, expect, it } from 'vitest';
import {
  canSendCommands,
  INITIAL_LINK,
  type LinkEvent,
  type LiveLink,
  linkNotice,
  nextLink,
} from './liveConnection';

function linkAfter(...events: LinkEvent[]): LiveLink {
  return events.reduce(nextLink, INITIAL_LINK);
}

describe('the live page link', () => {
  it('opens: connecting, then connected; commands go out only once the board is joined', () => {
    expect(INITIAL_LINK.connection).toBe('connecting');
    const connected = linkAfter({ type: 'connected' });
    expect(connected.connection).toBe('online');
    expect(canSendCommands(connected)).toBe(false);
    const joined = linkAfter({ type: 'connected' }, { type: 'joined' });
    expect(canSendCommands(joined)).toBe(true);
    expect(linkNotice(joined)).toBeNull();
  });

  it('a dropped connection shows as not connected, holds commands, and clears when it is back', () => {
    const dropped = linkAfter({ type: 'connected' }, { type: 'joined' }, { type: 'disconnected' });
    expect(dropped.connection).toBe('reconnecting');
    expect(canSendCommands(dropped)).toBe(false);
    expect(linkNotice(dropped)).toEqual({ kind: 'reconnecting' });

    const back = nextLink(dropped, { type: 'connected' });
    expect(back.connection).toBe('online');
    expect(linkNotice(back)).toBeNull();
    // Back, but commands still wait for the rejoin (its state is the truth they act on).
    expect(canSendCommands(back)).toBe(false);
    expect(canSendCommands(nextLink(back, { type: 'joined' }))).toBe(true);
  });

  it('"cannot reach the server" from a failed join clears when the connection recovers', () => {
    const failed = linkAfter(
      { type: 'connected' },
      { type: 'joinFailed', errorId: 'network_error' },
    );
    expect(linkNotice(failed)).toEqual({ kind: 'joinFailed', errorId: 'network_error' });
    const dropped = nextLink(failed, { type: 'disconnected' });
    expect(linkNotice(dropped)).toEqual({ kind: 'reconnecting' });
    const back = nextLink(dropped, { type: 'connected' });
    expect(linkNotice(back)).toBeNull();
    expect(back.joinError).toBeNull();
  });

  it('also clears on a new connection without a noticed drop in between', () => {
    const failed = linkAfter(
      { type: 'connected' },
      { type: 'joinFailed', errorId: 'network_error' },
    );
    expect(linkNotice(nextLink(failed, { type: 'connected' }))).toBeNull();
  });

  it('a join that failed because the connection dropped says nothing of its own', () => {
    const dropped = linkAfter({ type: 'connected' }, { type: 'disconnected' });
    const failed = nextLink(dropped, { type: 'joinFailed', errorId: 'network_error' });
    expect(failed).toBe(dropped);
    expect(linkNotice(failed)).toEqual({ kind: 'reconnecting' });
  });

  it('a join reply that arrives after the drop does not count as joined', () => {
    const dropped = linkAfter({ type: 'connected' }, { type: 'disconnected' });
    expect(nextLink(dropped, { type: 'joined' }).isJoined).toBe(false);
  });

  it('a refused join is shown until the person retries or the join works', () => {
    const refused = linkAfter(
      { type: 'connected' },
      { type: 'joinFailed', errorId: 'rate_limited' },
    );
    expect(linkNotice(refused)).toEqual({ kind: 'joinFailed', errorId: 'rate_limited' });
    expect(linkNotice(nextLink(refused, { type: 'joinRetried' }))).toBeNull();
    expect(linkNotice(nextLink(refused, { type: 'joined' }))).toBeNull();
  });

  it('a viewer taken out of the room sends nothing more', () => {
    const removed = linkAfter({ type: 'connected' }, { type: 'joined' }, { type: 'removed' });
    expect(canSendCommands(removed)).toBe(false);
  });
});
