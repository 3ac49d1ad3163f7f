import {
  type CertificateVerification,
  formatCertificateCode,
  isCertificateCode,
  normaliseCertificateCode,
} from '@konsil/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useApi } from '../../app/SessionProvider';
import { CenteredShell } from '../../components/CenteredShell';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextField } from '../../components/FormField';
import { LoadingState } from '../../components/LoadingState';
import { useApiQuery } from '../../lib/useApiQuery';
import { verifyCertificate } from './certificatesApi';
import '../../styles/certificates.css';

/**
 * The public check of a certificate of attendance, for whoever holds one (a medical chamber):
 * /certificates asks for the code, /certificates/:code says what it confirms or that no
 * certificate has it. No sign-in, and nothing clinical to show.
 */
export function CertificateCheckPage() {
  const { t } = useTranslation('minutes');
  const { code: typed = '' } = useParams();
  const code = normaliseCertificateCode(typed);
  const isWellFormed = isCertificateCode(code);

  return (
    <CenteredShell>
      <section className="card certificate-check" aria-labelledby="certificate-check-title">
        <h1 id="certificate-check-title">{t('certificates.check.title')}</h1>
        <p className="muted">{t('certificates.check.intro')}</p>
        {typed && !isWellFormed && (
          <div className="alert alert--error" role="alert" data-testid="certificate-invalid">
            {t('certificates.check.invalid')}
          </div>
        )}
        {isWellFormed && <Verification code={code} />}
        <CodeForm initial={typed && !isWellFormed ? typed : ''} isAnother={isWellFormed} />
        <p className="certificate-check__note muted">{t('certificates.check.noAccreditation')}</p>
        <p>
          <Link to="/login">{t('certificates.check.signIn')}</Link>
        </p>
      </section>
    </CenteredShell>
  );
}

function CodeForm({ initial, isAnother }: { initial: string; isAnother: boolean }) {
  const { t } = useTranslation('minutes');
  const navigate = useNavigate();
  const [value, setValue] = useState(initial);
  const [isInvalid, setIsInvalid] = useState(false);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const normalised = normaliseCertificateCode(value);
    if (!isCertificateCode(normalised)) {
      setIsInvalid(true);
      return;
    }
    setIsInvalid(false);
    setValue('');
    navigate(`/certificates/${formatCertificateCode(normalised)}`);
  }

  return (
    <form className="form certificate-check__form" onSubmit={handleSubmit} noValidate>
      <TextField
        id="certificate-code"
        name="code"
        label={isAnother ? t('certificates.check.another') : t('certificates.check.codeLabel')}
        value={value}
        onChange={setValue}
        autoComplete="off"
        hint={t('certificates.check.codeHint')}
        error={isInvalid ? t('certificates.check.invalid') : null}
      />
      <button type="submit" className="button">
        {t('certificates.check.submit')}
      </button>
    </form>
  );
}

function Verification({ code }: { code: string }) {
  const { t } = useTranslation('minutes');
  const api = useApi();
  const { state, reload } = useApiQuery(`certificate:${code}`, (signal) =>
    verifyCertificate(api, code, signal),
  );
  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'error' && state.error.id === 'certificate_not_found') {
    return (
      <div className="alert alert--error" role="alert" data-testid="certificate-not-found">
        {t('certificates.check.notFound', { code: formatCertificateCode(code) })}
      </div>
    );
  }
  if (state.status === 'error') return <ErrorAlert error={state.error} onRetry={reload} />;
  return <Confirmation certificate={state.data} />;
}

function Confirmation({ certificate }: { certificate: CertificateVerification }) {
  const { t, i18n } = useTranslation('minutes');
  const { board, holder, issuer } = certificate;
  const language = i18n.resolvedLanguage ?? i18n.language;
  const inZone = (instant: string, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(language, { ...options, timeZone: board.timeZone }).format(
      new Date(instant),
    );
  const clock: Intl.DateTimeFormatOptions = {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  };
  const when = `${inZone(board.startedAt, { dateStyle: 'long' })}, ${inZone(board.startedAt, clock)}–${inZone(board.endedAt, clock)} (${board.timeZone})`;
  return (
    <div className="certificate-result" data-testid="certificate-confirmed">
      <p className="alert alert--info" role="status">
        {t('certificates.check.confirmed')}
      </p>
      <dl className="certificate-result__facts">
        <dt>{t('certificates.check.holder')}</dt>
        <dd>
          {holder.name} ({holder.institution.name})
        </dd>
        <dt>{t('certificates.check.board')}</dt>
        <dd>{board.title}</dd>
        <dt>{t('certificates.check.when')}</dt>
        <dd>{when}</dd>
        <dt>{t('certificates.check.attended')}</dt>
        <dd>{t('certificates.check.minutes', { minutes: certificate.minutesAttended })}</dd>
        <dt>{t('certificates.check.issuer')}</dt>
        <dd>{issuer.name}</dd>
        <dt>{t('certificates.check.issuedAt')}</dt>
        <dd>{inZone(certificate.issuedAt, { dateStyle: 'long' })}</dd>
        <dt>{t('certificates.check.codeLabel')}</dt>
        <dd>{certificate.code}</dd>
      </dl>
    </div>
  );
}
