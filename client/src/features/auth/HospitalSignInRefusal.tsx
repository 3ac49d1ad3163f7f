import { useTranslation } from 'react-i18next';
import { errorText } from '../../lib/errors';

/**
 * Why the hospital sign-in ended back here without a session. A hospital account without a
 * Konsil role is no fault of the person: it gets a calm explanation and what to do next.
 */
export function HospitalSignInRefusal({ errorId }: { errorId: string }) {
  const { t } = useTranslation();
  if (errorId === 'oidc_no_role') {
    return (
      <div className="alert alert--info" role="alert" data-testid="hospital-sign-in-refusal">
        <p className="alert__title">{t('login.noRole.title')}</p>
        <p>{t('login.noRole.explanation')}</p>
        <p>{t('login.noRole.nextStep')}</p>
      </div>
    );
  }
  return (
    <div className="alert alert--error" role="alert" data-testid="hospital-sign-in-refusal">
      {errorText(t, errorId)}
    </div>
  );
}
