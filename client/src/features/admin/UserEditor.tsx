import {
  LIMITS,
  type ManagedUser,
  NewPasswordSchema,
  RoleSchema,
  SpecialtySchema,
  type UpdateUserInput,
} from '@konsil/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/SessionProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField, TextField } from '../../components/FormField';
import { ApiError } from '../../lib/api';
import { fieldErrorText, invalidFields } from '../../lib/errors';
import { generateOneTimePassword } from './oneTimePassword';
import { useRoleOptions, useSpecialtyOptions } from './options';
import { setOneTimePassword, updateUser } from './usersApi';

export type UserChange = 'saved' | 'passwordSet';

interface UserEditorProps {
  user: ManagedUser;
  isSelf: boolean;
  onChanged: (user: ManagedUser, change: UserChange) => void;
  onClose: () => void;
}

function asApiError(caught: unknown): ApiError {
  return caught instanceof ApiError ? caught : new ApiError({ id: 'unknown', status: 0 });
}

/** Only the fields that differ, so the audit trail records what really changed. */
function changedFields(user: ManagedUser, name: string, role: string, specialty: string) {
  const changes: UpdateUserInput = {};
  const parsedRole = RoleSchema.safeParse(role);
  const parsedSpecialty = SpecialtySchema.safeParse(specialty);
  const nextSpecialty = parsedSpecialty.success ? parsedSpecialty.data : null;
  if (name.trim() !== user.name) changes.name = name.trim();
  if (parsedRole.success && parsedRole.data !== user.role) changes.role = parsedRole.data;
  if (nextSpecialty !== user.specialty) changes.specialty = nextSpecialty;
  return changes;
}

export function UserEditor({ user, isSelf, onChanged, onClose }: UserEditorProps) {
  const { t } = useTranslation();
  const api = useApi();
  const roleOptions = useRoleOptions();
  const specialtyOptions = useSpecialtyOptions();
  const [name, setName] = useState(user.name);
  const [role, setRole] = useState<string>(user.role);
  const [specialty, setSpecialty] = useState<string>(user.specialty ?? '');
  const [temporaryPassword, setTemporaryPassword] = useState('');
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  const [error, setError] = useState<ApiError | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function handleSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const changes = changedFields(user, name, role, specialty);
    if (name.trim() === '') {
      setInvalid(new Set(['name']));
      return;
    }
    setInvalid(new Set());
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    setIsBusy(true);
    try {
      onChanged(await updateUser(api, user.id, changes), 'saved');
    } catch (caught) {
      const apiError = asApiError(caught);
      setError(apiError);
      setInvalid(invalidFields(apiError.fields.map((field) => field.path)));
    } finally {
      setIsBusy(false);
    }
  }

  async function handleSetPassword(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    if (!NewPasswordSchema.safeParse(temporaryPassword).success) {
      setInvalid(new Set(['temporaryPassword']));
      return;
    }
    setInvalid(new Set());
    setIsBusy(true);
    try {
      onChanged(await setOneTimePassword(api, user.id, temporaryPassword), 'passwordSet');
    } catch (caught) {
      const apiError = asApiError(caught);
      setError(apiError);
      setInvalid(invalidFields(apiError.fields.map((field) => field.path)));
    } finally {
      setIsBusy(false);
    }
  }

  const fieldError = (field: string) =>
    invalid.has(field) ? fieldErrorText(t, field, LIMITS.passwordMinLength) : null;

  return (
    <section className="editor" aria-label={t('users.editUser', { name: user.name })}>
      {error && <ErrorAlert error={error} />}
      <form className="form form--grid" onSubmit={handleSave} noValidate>
        <TextField
          label={t('users.create.name')}
          value={name}
          onChange={setName}
          error={fieldError('name')}
          autoComplete="off"
        />
        <SelectField
          label={t('users.create.role')}
          value={role}
          options={roleOptions}
          onChange={setRole}
          isDisabled={isSelf}
          error={fieldError('role')}
        />
        <SelectField
          label={t('users.create.specialty')}
          value={specialty}
          options={specialtyOptions}
          onChange={setSpecialty}
          error={fieldError('specialty')}
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={isBusy}>
            {t('users.saveChanges')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('users.closeEdit')}
          </button>
        </div>
      </form>
      <form className="form form--inline" onSubmit={handleSetPassword} noValidate>
        <fieldset className="fieldset">
          <legend>{t('users.oneTimePassword.legend')}</legend>
          <div className="form__row">
            <TextField
              label={t('users.oneTimePassword.label')}
              value={temporaryPassword}
              onChange={setTemporaryPassword}
              error={fieldError('temporaryPassword')}
              autoComplete="off"
            />
            <button
              type="button"
              className="button button--secondary form__row-action"
              onClick={() => setTemporaryPassword(generateOneTimePassword())}
            >
              {t('users.create.generate')}
            </button>
            <button type="submit" className="button form__row-action" disabled={isBusy}>
              {t('users.oneTimePassword.submit')}
            </button>
          </div>
        </fieldset>
      </form>
    </section>
  );
}
