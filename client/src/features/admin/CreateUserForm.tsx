import { CreateUserInputSchema, LIMITS, type ManagedUser, SpecialtySchema } from '@konsil/shared';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/SessionProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField, TextField } from '../../components/FormField';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid';
import { ApiError } from '../../lib/api';
import { fieldErrorText, invalidFields } from '../../lib/errors';
import { generateOneTimePassword } from './oneTimePassword';
import { useRoleOptions, useSpecialtyOptions } from './options';
import { createUser } from './usersApi';

const EMPTY = { name: '', email: '', role: 'clinician', specialty: '', temporaryPassword: '' };

export function CreateUserForm({ onCreated }: { onCreated: (user: ManagedUser) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const roleOptions = useRoleOptions();
  const specialtyOptions = useSpecialtyOptions();
  const [values, setValues] = useState(EMPTY);
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, invalid);
  const [error, setError] = useState<ApiError | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);

  const set = (key: keyof typeof EMPTY) => (value: string) =>
    setValues((current) => ({ ...current, [key]: value }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const specialty = SpecialtySchema.safeParse(values.specialty);
    const parsed = CreateUserInputSchema.safeParse({
      ...values,
      specialty: specialty.success ? specialty.data : null,
    });
    if (!parsed.success) {
      setInvalid(invalidFields(parsed.error.issues.map((issue) => issue.path)));
      return;
    }
    setInvalid(new Set());
    setIsSubmitting(true);
    try {
      const user = await createUser(api, parsed.data);
      setValues(EMPTY);
      onCreated(user);
    } catch (caught) {
      const apiError =
        caught instanceof ApiError ? caught : new ApiError({ id: 'unknown', status: 0 });
      setError(apiError);
      const fields = invalidFields(apiError.fields.map((field) => field.path));
      if (apiError.id === 'email_taken') fields.add('email');
      setInvalid(fields);
    } finally {
      setIsSubmitting(false);
    }
  }

  const fieldError = (name: string) => {
    if (!invalid.has(name)) return null;
    if (name === 'email' && error?.id === 'email_taken') return t('errors.email_taken');
    return fieldErrorText(t, name, LIMITS.passwordMinLength);
  };

  return (
    <section className="card" aria-labelledby="create-user-title">
      <h2 id="create-user-title">{t('users.create.title')}</h2>
      {error && error.id !== 'email_taken' && <ErrorAlert error={error} />}
      <form ref={formRef} className="form form--grid" onSubmit={handleSubmit} noValidate>
        <TextField
          label={t('users.create.name')}
          name="name"
          autoComplete="off"
          value={values.name}
          onChange={set('name')}
          error={fieldError('name')}
          isRequired
        />
        <TextField
          label={t('users.create.email')}
          name="email"
          type="email"
          autoComplete="off"
          value={values.email}
          onChange={set('email')}
          error={fieldError('email')}
          isRequired
        />
        <SelectField
          label={t('users.create.role')}
          name="role"
          value={values.role}
          options={roleOptions}
          onChange={set('role')}
          error={fieldError('role')}
        />
        <SelectField
          label={t('users.create.specialty')}
          name="specialty"
          value={values.specialty}
          options={specialtyOptions}
          onChange={set('specialty')}
          error={fieldError('specialty')}
        />
        <div className="form__row form__span">
          <TextField
            label={t('users.create.temporaryPassword')}
            name="temporaryPassword"
            autoComplete="off"
            value={values.temporaryPassword}
            onChange={set('temporaryPassword')}
            hint={t('users.create.temporaryHint', { min: LIMITS.passwordMinLength })}
            error={fieldError('temporaryPassword')}
            isRequired
          />
          <button
            type="button"
            className="button button--secondary form__row-action"
            onClick={() => set('temporaryPassword')(generateOneTimePassword())}
          >
            {t('users.create.generate')}
          </button>
        </div>
        <div className="form__actions form__span">
          <button type="submit" className="button" disabled={isSubmitting}>
            {isSubmitting ? t('users.create.submitting') : t('users.create.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
