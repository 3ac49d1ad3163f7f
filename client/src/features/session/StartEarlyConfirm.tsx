import { type BoardDetail, isEarlyStart } from '@konsil/shared';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { viewerTimeZone } from '../../lib/time';
import { earlyStartTimes } from './earlyStart';
import type { LiveCommands } from './useLiveCommands';

interface StartEarlyConfirmProps {
  board: Pick<BoardDetail, 'startsAt' | 'timeZone'>;
  isOpen: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** "Start the board early?", naming the scheduled start on the viewer's clock (and the board's). */
export function StartEarlyConfirm({ board, isOpen, onConfirm, onCancel }: StartEarlyConfirmProps) {
  const { t, i18n } = useTranslation('clinical');
  const times = earlyStartTimes(board.startsAt, board.timeZone, viewerTimeZone(), i18n.language);
  const { viewer, board: boardClock } = times;
  let body = t('live.startEarly.body', { ...viewer });
  if (boardClock?.date) {
    body = t('live.startEarly.bodyBoardDay', {
      ...viewer,
      boardDate: boardClock.date,
      boardTime: boardClock.time,
      boardCity: boardClock.city,
    });
  } else if (boardClock) {
    body = t('live.startEarly.bodyBoardZone', {
      ...viewer,
      boardTime: boardClock.time,
      boardCity: boardClock.city,
    });
  }
  return (
    <ConfirmDialog
      isOpen={isOpen}
      title={t('live.startEarly.title')}
      body={body}
      confirmLabel={t('live.startEarly.confirm')}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}

/**
 * The chair's "start": at once within 30 minutes of the scheduled start, otherwise after the
 * question above. The server's clock has the last word: should it refuse an unconfirmed start
 * (this computer's clock is off), the question is asked then.
 */
export function useStartBoard(
  board: Pick<BoardDetail, 'id' | 'startsAt' | 'timeZone'>,
  commands: LiveCommands,
): { request: () => void; dialog: ReactNode } {
  const [isAsking, setIsAsking] = useState(false);
  const refused = commands.pending.find(
    (entry) => entry.command.event === 'board:start' && entry.failure === 'early_start_unconfirmed',
  );
  const { dismiss } = commands;
  useEffect(() => {
    if (!refused) return;
    dismiss(refused.id);
    setIsAsking(true);
  }, [refused, dismiss]);

  const request = () => {
    if (isEarlyStart(board.startsAt, new Date())) setIsAsking(true);
    else commands.give({ event: 'board:start', payload: { boardId: board.id } });
  };
  const dialog = (
    <StartEarlyConfirm
      board={board}
      isOpen={isAsking}
      onCancel={() => setIsAsking(false)}
      onConfirm={() => {
        setIsAsking(false);
        commands.give({ event: 'board:start', payload: { boardId: board.id, confirmEarly: true } });
      }}
    />
  );
  return { request, dialog };
}
