import type { BoardSummary, MyCertificate } from '@konsil/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CertificateCell } from '../certificates/CertificateCell';
import { minutesStatus } from './archive';
import { boardTimes } from './boardTimes';

/** Signed vN or a draft to sign, linking to the minutes; a dash where there are none. */
function MinutesCell({ board }: { board: BoardSummary }) {
  const { t } = useTranslation('minutes');
  const status = minutesStatus(board);
  return (
    <td data-testid="archive-minutes" data-status={status.kind}>
      {status.kind === 'none' ? (
        <>
          <span aria-hidden="true">—</span>
          <span className="visually-hidden">{t('archive.minutes.none')}</span>
        </>
      ) : (
        <Link
          className={`minutes-badge minutes-badge--${status.kind}`}
          to={`/boards/${encodeURIComponent(board.id)}/minutes`}
        >
          {status.kind === 'signed'
            ? t('archive.minutes.signed', { version: status.version })
            : t('archive.minutes.toSign')}
          <span className="visually-hidden">
            {' '}
            {t('archive.minutes.of', { title: board.title })}
          </span>
        </Link>
      )}
    </td>
  );
}

interface BoardRowProps {
  board: BoardSummary;
  zone: string;
  isPast: boolean;
  certificates: ReadonlyMap<string, MyCertificate> | undefined;
}

function BoardRow({ board, zone, isPast, certificates }: BoardRowProps) {
  const { t, i18n } = useTranslation();
  const times = boardTimes(board, i18n.language, zone);
  return (
    <tr data-board-id={board.id}>
      <th scope="row">
        <Link className="cell-title" to={`/boards/${board.id}`}>
          {board.title}
        </Link>
        <span className="cell-meta">{t('boards.host', { name: board.hostInstitution.name })}</span>
      </th>
      <td>
        <span className={`status status--${board.status}`}>
          {t(`boards.status.${board.status}`)}
        </span>
      </td>
      <td>
        <span className="cell-title">{times.viewerTime}</span>
        <span className="cell-meta">{times.viewerDate}</span>
      </td>
      <td data-testid="board-institution-times">{times.institutions}</td>
      {isPast ? (
        <MinutesCell board={board} />
      ) : (
        <td>{t('boards.minutes', { minutes: board.durationMinutes })}</td>
      )}
      {isPast && certificates && (
        <CertificateCell board={board} certificate={certificates.get(board.id)} />
      )}
    </tr>
  );
}

interface BoardsTableProps {
  boards: readonly BoardSummary[];
  zone: string;
  /** Past boards show their minutes where upcoming ones show their duration. */
  isPast: boolean;
  caption: string;
  /** Past boards: the viewer's certificates of attendance by board (a column when given). */
  certificates?: ReadonlyMap<string, MyCertificate>;
}

/** Boards with their start in the viewer's zone and every center's. */
export function BoardsTable({ boards, zone, isPast, caption, certificates }: BoardsTableProps) {
  const { t } = useTranslation();
  const { t: tm } = useTranslation('minutes');
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('boards.columns.title')}</th>
            <th scope="col">{t('boards.columns.status')}</th>
            <th scope="col">
              {t('boards.columns.yourTime')} <span className="cell-meta">{zone}</span>
            </th>
            <th scope="col">{t('boards.columns.centers')}</th>
            <th scope="col">
              {isPast ? tm('archive.columns.minutes') : t('boards.columns.duration')}
            </th>
            {isPast && certificates && <th scope="col">{tm('certificates.column')}</th>}
          </tr>
        </thead>
        <tbody>
          {boards.map((board) => (
            <BoardRow
              key={board.id}
              board={board}
              zone={zone}
              isPast={isPast}
              certificates={certificates}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
