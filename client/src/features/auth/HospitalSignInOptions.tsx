import type { OidcInstitution } from '@konsil/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/SessionProvider';
import { fetchHospitalSignIns } from './authApi';
import { hospitalSignInHref } from './hospitalSignIn';
import './hospitalSignIn.css';

/**
 * "Sign in with <institution>" for each institution that signs its people in through its own
 * identity provider, above the password form. Plain links: the sign-in is a chain of page
 * navigations (Konsil → provider → Konsil), not a request from this page.
 */
export function HospitalSignInOptions({ returnTo }: { returnTo: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const [institutions, setInstitutions] = useState<OidcInstitution[]>([]);

  useEffect(() => {
    const controller = new AbortController();
    fetchHospitalSignIns(api, controller.signal).then(setInstitutions, () => {
      // Without the list the password form still works; nothing to announce.
    });
    return () => controller.abort();
  }, [api]);

  if (institutions.length === 0) return null;
  return (
    <>
      <ul className="hospital-sign-in" aria-label={t('login.hospital.listLabel')}>
        {institutions.map((institution) => (
          <li key={institution.code}>
            <a
              className="button button--secondary button--wide hospital-sign-in__link"
              href={hospitalSignInHref(institution.code, returnTo)}
              data-institution={institution.code}
            >
              {t('login.hospital.signInWith', { institution: institution.name })}
            </a>
          </li>
        ))}
      </ul>
      <p className="hospital-sign-in__or">{t('login.hospital.orPassword')}</p>
    </>
  );
}
