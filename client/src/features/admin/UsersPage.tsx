import type { ManagedUser } from '@konsil/shared';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useCurrentUser } from '../../app/SessionProvider';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { Notice } from '../../components/Notice';
import { ApiError } from '../../lib/api';
import { useApiQuery } from '../../lib/useApiQuery';
import { CreateUserForm } from './CreateUserForm';
import { type UserChange, UserEditor } from './UserEditor';
import { listUsers, updateUser } from './usersApi';

export function UsersPage() {
  const { t } = useTranslation();
  const api = useApi();
  const me = useCurrentUser();
  const { state, reload, update } = useApiQuery('users', (signal) => listUsers(api, signal));
  const [editingId, setEditingId] = useState<string | null>(null);
  const [pendingDeactivation, setPendingDeactivation] = useState<ManagedUser | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);

  const replace = (user: ManagedUser) =>
    update((users) => users.map((existing) => (existing.id === user.id ? user : existing)));

  function handleCreated(user: ManagedUser) {
    update((users) => [...users, user]);
    setActionError(null);
    setNotice(t('users.create.created', { name: user.name }));
  }

  function handleChanged(user: ManagedUser, change: UserChange) {
    replace(user);
    setEditingId(null);
    setActionError(null);
    setNotice(
      change === 'saved'
        ? t('users.saved', { name: user.name })
        : t('users.oneTimePassword.done', { name: user.name }),
    );
  }

  async function setActive(user: ManagedUser, isActive: boolean) {
    setPendingDeactivation(null);
    setActionError(null);
    try {
      const updated = await updateUser(api, user.id, { isActive });
      replace(updated);
      setNotice(t(isActive ? 'users.reactivated' : 'users.deactivated', { name: updated.name }));
    } catch (caught) {
      setNotice(null);
      setActionError(
        caught instanceof ApiError ? caught : new ApiError({ id: 'unknown', status: 0 }),
      );
    }
  }

  return (
    <section className="page" aria-labelledby="users-title">
      <header className="page__header">
        <h1 id="users-title">{t('users.title')}</h1>
        <p className="muted">{t('users.intro', { institution: me.institution.name })}</p>
      </header>
      <div className="live-region">
        {notice && <Notice>{notice}</Notice>}
        {actionError && <ErrorAlert error={actionError} />}
      </div>
      {state.status === 'loading' && <LoadingState />}
      {state.status === 'error' && (
        <ErrorAlert error={state.error} title={t('users.loadError')} onRetry={reload} />
      )}
      {state.status === 'success' && (
        <div className="table-wrap">
          <table className="table" data-testid="users-table">
            <caption className="visually-hidden">
              {t('users.tableCaption', { institution: me.institution.name })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('users.columns.name')}</th>
                <th scope="col">{t('users.columns.email')}</th>
                <th scope="col">{t('users.columns.role')}</th>
                <th scope="col">{t('users.columns.specialty')}</th>
                <th scope="col">{t('users.columns.active')}</th>
                <th scope="col">{t('users.columns.mustChangePassword')}</th>
                <th scope="col">{t('users.columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {state.data.map((user) => {
                const isSelf = user.id === me.id;
                const isEditing = editingId === user.id;
                return (
                  <Fragment key={user.id}>
                    <tr
                      className={user.isActive ? undefined : 'row--muted'}
                      data-email={user.email}
                    >
                      <th scope="row">
                        {user.name}
                        {isSelf && <span className="tag">{t('users.you')}</span>}
                      </th>
                      <td>{user.email}</td>
                      <td>{t(`roles.${user.role}`)}</td>
                      <td>{user.specialty ? t(`specialties.${user.specialty}`) : '—'}</td>
                      <td>
                        <span
                          className={user.isActive ? 'status status--ok' : 'status status--off'}
                        >
                          {user.isActive ? t('users.active') : t('users.inactive')}
                        </span>
                      </td>
                      <td>{user.mustChangePassword ? t('common.yes') : t('common.no')}</td>
                      <td>
                        <div className="row-actions">
                          <button
                            type="button"
                            className="button button--secondary button--small"
                            aria-expanded={isEditing}
                            onClick={() => setEditingId(isEditing ? null : user.id)}
                          >
                            {t('users.edit')}
                          </button>
                          {!isSelf && user.isActive && (
                            <button
                              type="button"
                              className="button button--danger-quiet button--small"
                              onClick={() => setPendingDeactivation(user)}
                            >
                              {t('users.deactivate')}
                            </button>
                          )}
                          {!isSelf && !user.isActive && (
                            <button
                              type="button"
                              className="button button--secondary button--small"
                              onClick={() => void setActive(user, true)}
                            >
                              {t('users.reactivate')}
                            </button>
                          )}
                        </div>
                      </td>
                    </tr>
                    {isEditing && (
                      <tr className="row--editor">
                        <td colSpan={7}>
                          <UserEditor
                            user={user}
                            isSelf={isSelf}
                            onChanged={handleChanged}
                            onClose={() => setEditingId(null)}
                          />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <CreateUserForm onCreated={handleCreated} />
      <ConfirmDialog
        isOpen={pendingDeactivation !== null}
        title={t('users.confirmDeactivate.title', { name: pendingDeactivation?.name ?? '' })}
        body={t('users.confirmDeactivate.body')}
        confirmLabel={t('users.confirmDeactivate.confirm')}
        isDestructive
        onCancel={() => setPendingDeactivation(null)}
        onConfirm={() => pendingDeactivation && void setActive(pendingDeactivation, false)}
      />
    </section>
  );
}
