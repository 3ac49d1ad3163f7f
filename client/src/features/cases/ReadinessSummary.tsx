import type { Readiness, ReadinessGap } from '@konsil/shared';
import { useTranslation } from 'react-i18next';

interface ReadinessSummaryProps {
  readiness: Readiness;
  /** Agenda rows: short labels; forms and the case card: full sentences. */
  isCompact?: boolean;
  /** Where each missing item can be fixed (the case form links to its fields). */
  hrefFor?: (gap: ReadinessGap) => string;
}

/** "✓ Ready", or exactly what is missing; decision hints appear as warnings, never blockers. */
export function ReadinessSummary({ readiness, isCompact = false, hrefFor }: ReadinessSummaryProps) {
  const { t } = useTranslation('clinical');
  const size = isCompact ? 'short' : 'long';
  return (
    <div className={isCompact ? 'readiness readiness--compact' : 'readiness'}>
      {readiness.isReady ? (
        <p className="readiness__ok" data-testid="readiness-ready">
          <span aria-hidden="true">✓ </span>
          {isCompact ? t('readiness.ready') : t('readiness.readyLong')}
        </p>
      ) : (
        <>
          <p className="readiness__missing-title">{t('readiness.missingTitle')}</p>
          <ul className="readiness__missing" data-testid="readiness-missing">
            {readiness.missing.map((gap) => (
              <li key={gap} data-gap={gap}>
                {hrefFor ? (
                  <a href={hrefFor(gap)}>{t(`readiness.missing.${gap}.${size}`)}</a>
                ) : (
                  t(`readiness.missing.${gap}.${size}`)
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {readiness.warnings.length > 0 && (
        <ul className="readiness__hints" aria-label={t('readiness.hintsTitle')}>
          {readiness.warnings.map((hint) => (
            <li key={hint} data-hint={hint}>
              <span aria-hidden="true">⚠ </span>
              {t(`readiness.hints.${hint}.${size}`)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
