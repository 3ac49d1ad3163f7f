import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useSession } from '../../app/SessionProvider';
import { CenteredShell } from '../../components/CenteredShell';
import { TextField } from '../../components/FormField';
import { Notice } from '../../components/Notice';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid';
import { ApiError } from '../../lib/api';
import { errorText, fieldErrorText, invalidFields } from '../../lib/errors';
import { validateLoginInput } from './authApi';
import { HospitalSignInOptions } from './HospitalSignInOptions';
import { HospitalSignInRefusal } from './HospitalSignInRefusal';
import { hospitalSignInRefusal } from './hospitalSignIn';
import { minutesToWait } from './rateLimit';
import { redirectTarget } from './redirect';

export function LoginPage() {
  const { t } = useTranslation();
  const { session, signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, invalid);
  const [error, setError] = useState<ApiError | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [hasSubmitted, setHasSubmitted] = useState(false);
  // Why the last session ended, until the viewer starts signing in again.
  const notice = session.status === 'signedOut' && !hasSubmitted ? session.notice : null;
  const location = useLocation();
  // A hospital sign-in that came back refused, also until the viewer tries again here.
  const refusal = hasSubmitted ? null : hospitalSignInRefusal(location.search);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setHasSubmitted(true);
    setIsSubmitting(true);
    try {
      const validated = await validateLoginInput({ email, password });
      setInvalid(validated.success ? new Set() : validated.invalid);
      if (!validated.success) {
        setIsSubmitting(false);
        return;
      }
      // On success the route guard takes the user on (back to where they came from).
      await signIn(validated.data);
    } catch (caught) {
      const apiError =
        caught instanceof ApiError ? caught : new ApiError({ id: 'unknown', status: 0 });
      setError(apiError);
      setInvalid(invalidFields(apiError.fields.map((field) => field.path)));
      setIsSubmitting(false);
    }
  }

  function errorMessage(apiError: ApiError): string {
    if (apiError.id === 'rate_limited') {
      return t('login.rateLimited', { count: minutesToWait(apiError.retryAfterSeconds) });
    }
    return errorText(t, apiError.id);
  }

  const fieldError = (name: string) => (invalid.has(name) ? fieldErrorText(t, name) : null);

  return (
    <CenteredShell>
      <section className="card auth-card" aria-labelledby="login-title">
        <h1 id="login-title">{t('login.title')}</h1>
        {notice && <Notice>{t(`login.notice.${notice}`)}</Notice>}
        {refusal && <HospitalSignInRefusal errorId={refusal} />}
        {error && (
          <div className="alert alert--error" role="alert" data-testid="login-error">
            {errorMessage(error)}
          </div>
        )}
        <HospitalSignInOptions returnTo={redirectTarget(location.state)} />
        <form ref={formRef} className="form" onSubmit={handleSubmit} noValidate>
          <TextField
            label={t('login.email')}
            name="email"
            type="email"
            autoComplete="username"
            value={email}
            onChange={setEmail}
            error={fieldError('email')}
            isRequired
          />
          <TextField
            label={t('login.password')}
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={fieldError('password')}
            isRequired
          />
          <button type="submit" className="button button--wide" disabled={isSubmitting}>
            {isSubmitting ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
      </section>
    </CenteredShell>
  );
}
