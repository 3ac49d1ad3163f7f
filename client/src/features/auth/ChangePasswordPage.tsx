import { ChangePasswordInputSchema, LIMITS } from '@konsil/shared';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useSession } from '../../app/SessionProvider';
import { CenteredShell } from '../../components/CenteredShell';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextField } from '../../components/FormField';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid';
import { ApiError } from '../../lib/api';
import { fieldErrorText, invalidFields } from '../../lib/errors';
import { changePassword } from './authApi';
import { redirectTarget } from './redirect';

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const { api, updateUser, signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, invalid);
  const [isMismatch, setIsMismatch] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const parsed = ChangePasswordInputSchema.safeParse({ currentPassword, newPassword });
    const mismatch = newPassword !== confirmation;
    setIsMismatch(mismatch);
    if (!parsed.success) {
      setInvalid(invalidFields(parsed.error.issues.map((issue) => issue.path)));
      return;
    }
    // The repeat field is checked here only: the contract knows a single new password.
    setInvalid(mismatch ? new Set(['confirmPassword']) : new Set());
    if (mismatch) return;
    setIsSubmitting(true);
    try {
      const user = await changePassword(api, parsed.data);
      updateUser(user);
      navigate(redirectTarget(location.state), { replace: true });
    } catch (caught) {
      const apiError =
        caught instanceof ApiError ? caught : new ApiError({ id: 'unknown', status: 0 });
      setError(apiError);
      const fields = invalidFields(apiError.fields.map((field) => field.path));
      if (apiError.id === 'invalid_credentials') fields.add('currentPassword');
      setInvalid(fields);
      setIsSubmitting(false);
    }
  }

  // The client checked lengths before sending, so a refusal that still names a field means the
  // current password is wrong, or the new one equals it (the contract has no separate ids yet).
  const isServerRefusal = error !== null;
  const isWrongCurrent =
    error?.id === 'invalid_credentials' || (isServerRefusal && invalid.has('currentPassword'));
  const isSameAsCurrent = isServerRefusal && invalid.has('newPassword');
  const currentError = isWrongCurrent
    ? t('password.wrongCurrent')
    : invalid.has('currentPassword')
      ? fieldErrorText(t, 'currentPassword')
      : null;
  const newError = isSameAsCurrent
    ? t('password.sameAsCurrent')
    : invalid.has('newPassword')
      ? fieldErrorText(t, 'newPassword', LIMITS.passwordMinLength)
      : null;
  const showsAlert = error !== null && !isWrongCurrent && !isSameAsCurrent;

  return (
    <CenteredShell>
      <section className="card auth-card" aria-labelledby="password-title">
        <h1 id="password-title">{t('password.title')}</h1>
        <p className="muted">{t('password.intro')}</p>
        {showsAlert && <ErrorAlert error={error} />}
        <form ref={formRef} className="form" onSubmit={handleSubmit} noValidate>
          <TextField
            label={t('password.current')}
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            value={currentPassword}
            onChange={setCurrentPassword}
            error={currentError}
            isRequired
          />
          <TextField
            label={t('password.new')}
            name="newPassword"
            type="password"
            autoComplete="new-password"
            value={newPassword}
            onChange={setNewPassword}
            hint={t('password.hint', { min: LIMITS.passwordMinLength })}
            error={newError}
            isRequired
          />
          <TextField
            label={t('password.confirm')}
            name="confirmPassword"
            type="password"
            autoComplete="new-password"
            value={confirmation}
            onChange={setConfirmation}
            error={isMismatch ? t('password.mismatch') : null}
            isRequired
          />
          <button type="submit" className="button button--wide" disabled={isSubmitting}>
            {isSubmitting ? t('password.submitting') : t('password.submit')}
          </button>
        </form>
        <button type="button" className="button button--link" onClick={() => void signOut()}>
          {t('header.logout')}
        </button>
      </section>
    </CenteredShell>
  );
}
