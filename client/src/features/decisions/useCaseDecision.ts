import type { CaseDecision } from '@konsil/shared';
import { useEffect, useRef } from 'react';
import { useApi } from '../../app/SessionProvider';
import { useApiQuery } from '../../lib/useApiQuery';
import { fetchDecision } from './decisionsApi';

/**
 * A `decision:changed` broadcast (or a rejoin after a lost connection, `caseId` null: any case
 * may have changed), numbered so the same case can change twice in a row.
 */
export interface DecisionChange {
  caseId: string | null;
  serial: number;
}

/**
 * One case's decision over REST, refetched in the background whenever the live room says it
 * changed; what is on screen stays until the new answer arrives.
 */
export function useCaseDecision(boardId: string, caseId: string, change: DecisionChange | null) {
  const api = useApi();
  const query = useApiQuery(`decision:${boardId}:${caseId}`, (signal) =>
    fetchDecision(api, boardId, caseId, signal),
  );
  const { refresh } = query;
  // Changes from before this case was opened are covered by the first load.
  const seenSerial = useRef(change?.serial ?? 0);

  useEffect(() => {
    if (!change || change.serial === seenSerial.current) return;
    seenSerial.current = change.serial;
    if (change.caseId === null || change.caseId === caseId) refresh();
  }, [change, caseId, refresh]);

  return {
    state: query.state,
    reload: query.reload,
    refresh,
    /** Shows the decision a command answered with, without another request. */
    show: (decision: CaseDecision) => query.update(() => decision),
  };
}
