import type { PositionEntry } from '@konsil/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface RestatePromptProps {
  /** The viewer's own position, on an earlier recommendation version. */
  stated: PositionEntry;
  currentVersion: number;
  /** Where the position picker is, for the link (on the live board). */
  positionHref?: string;
}

/**
 * Asks the viewer to state their position again because the recommendation changed after they
 * stated it. It appears the moment the new version arrives (the live board refetches the
 * decision on `decision:changed`); while the decision is scrolled out of sight, a small copy
 * stays in the corner of the screen so that nobody reading the notes misses it.
 */
export function RestatePrompt({ stated, currentVersion, positionHref }: RestatePromptProps) {
  const { t } = useTranslation('clinical');
  const ref = useRef<HTMLDivElement>(null);
  const [isInView, setIsInView] = useState(true);

  useEffect(() => {
    // Any part of the decision panel on screen will do: the prompt is at its top, and whoever
    // scrolled past it is reading the recommendation or choosing already.
    const panel = ref.current?.closest('[data-testid="decision-panel"]');
    if (!panel || !positionHref || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([entry]) =>
      setIsInView(entry?.isIntersecting ?? true),
    );
    observer.observe(panel);
    return () => observer.disconnect();
  }, [positionHref]);

  const title = t('decision.position.restateTitle');
  const position = t(`decision.position.${stated.position}`);
  const link = positionHref && (
    <a className="decision-restate__link" href={positionHref}>
      {t('decision.position.restateLink')}
    </a>
  );
  return (
    <>
      <div ref={ref} className="decision-restate" role="alert" data-testid="restate-prompt">
        <p className="decision-restate__title">{title}</p>
        <p>
          {stated.recommendationVersion === null
            ? t('decision.position.restateUnbound', { position, version: currentVersion })
            : t('decision.position.restate', {
                position,
                stated: stated.recommendationVersion,
                version: currentVersion,
              })}
        </p>
        {link}
      </div>
      {!isInView && (
        <div className="decision-restate decision-restate--floating" data-testid="restate-reminder">
          <p className="decision-restate__title">{title}</p>
          {link}
        </div>
      )}
    </>
  );
}
