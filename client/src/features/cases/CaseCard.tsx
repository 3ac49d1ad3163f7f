import { type CaseDetail, formatTnm } from '@konsil/shared';
import { createElement, type HTMLAttributes, lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/LoadingState';
import { contentKeys } from '../../lib/contentKeys';
import { formatCalendarDate } from '../../lib/time';
import { ReadinessSummary } from './ReadinessSummary';

// The chart is the heaviest part of the card and comes last; it loads on its own.
const PromTrend = lazy(() =>
  import('./PromTrend').then((module) => ({ default: module.PromTrend })),
);

const ECOG_GRADES = ['0', '1', '2', '3', '4', '5'] as const;

type HeadingLevel = 1 | 2 | 3 | 4;

/** A heading of a level chosen by the page the card sits in. */
function Heading({ level, ...props }: { level: number } & HTMLAttributes<HTMLHeadingElement>) {
  return createElement(`h${Math.min(Math.max(level, 1), 6)}`, props);
}

function Fact({
  label,
  children,
  level,
  wide = false,
}: {
  label: string;
  children: ReactNode;
  level: number;
  wide?: boolean;
}) {
  return (
    <section className={wide ? 'fact fact--wide' : 'fact'}>
      <Heading level={level} className="fact__label">
        {label}
      </Heading>
      <div className="fact__value">{children}</div>
    </section>
  );
}

interface CaseCardProps {
  item: CaseDetail;
  /**
   * The live board's version: the pseudonym is a heading of this level inside the page (not the
   * page's h1); preparation details (readiness) and the home reference are left out.
   */
  compactLevel?: Exclude<HeadingLevel, 1>;
}

/** A case as presented on the shared screen: big type, the question first, nothing to open. */
export function CaseCard({ item, compactLevel }: CaseCardProps) {
  const { t, i18n } = useTranslation('clinical');
  const date = (value: string | null) => (value ? formatCalendarDate(value, i18n.language) : null);
  const { diagnosis, staging } = item;
  const tnm = formatTnm(staging);
  const age =
    item.ageYears !== null
      ? t('caseCard.ageYears', { count: item.ageYears })
      : item.ageBand
        ? t('caseCard.ageBand', { band: item.ageBand.replace('-', '–') })
        : null;
  const keys = {
    biomarkers: contentKeys(item.biomarkers, (entry) => `${entry.name}:${entry.result}`),
    priorTherapies: contentKeys(item.priorTherapies, (entry) => entry.description),
    references: contentKeys(item.references, (entry) => `${entry.kind}:${entry.description}`),
  };
  const ecogGrade = item.ecog === null ? undefined : ECOG_GRADES[item.ecog];
  const none = <span className="muted">{t('caseCard.none')}</span>;
  const isCompact = compactLevel !== undefined;
  const level = compactLevel ?? 1;
  const factLevel = level + 2;

  return (
    <article
      className={isCompact ? 'case-card case-card--compact' : 'case-card'}
      aria-labelledby="case-card-title"
      data-testid="case-card"
    >
      <header className="case-card__header">
        <div>
          <Heading level={level} id="case-card-title" className="case-card__pseudonym">
            {item.pseudonym}
          </Heading>
          <p className="case-card__who">
            {[age, item.sex ? t(`sex.${item.sex}`) : null].filter(Boolean).join(' · ') ||
              t('caseCard.noDemographics')}
          </p>
        </div>
        <div className="case-card__meta">
          <span className={`status status--case-${item.status}`}>
            {t(`caseStatus.${item.status}`)}
          </span>
          <span>
            <span className="code-badge">{item.homeInstitution.code}</span>{' '}
            {item.homeInstitution.name}
          </span>
          {item.presenter && <span>{t('caseCard.presenter', { name: item.presenter.name })}</span>}
        </div>
      </header>

      <section className="case-card__question" aria-labelledby="case-question-title">
        <Heading level={level + 1} id="case-question-title" className="case-card__question-title">
          {t('caseCard.question')}
        </Heading>
        {item.question ? (
          <p>{item.question}</p>
        ) : (
          <p className="muted">{t('caseCard.noQuestion')}</p>
        )}
      </section>

      <div className="case-card__grid">
        <Fact level={factLevel} label={t('caseCard.diagnosis')} wide>
          {diagnosis.icd10 ? (
            <p className="fact__big">
              <span className="code">{diagnosis.icd10.code}</span> {diagnosis.icd10.text}
              <span className="cell-meta">
                {diagnosis.icd10.system} {diagnosis.icd10.version}
              </span>
            </p>
          ) : (
            none
          )}
          {(diagnosis.topography || diagnosis.morphology) && (
            <p>
              {t('caseCard.icdO3', { version: diagnosis.icdO3Version })}:{' '}
              {[diagnosis.topography, diagnosis.morphology].filter(Boolean).join(' · ')}
            </p>
          )}
          <p className="cell-meta">
            {[
              diagnosis.laterality ? t(`laterality.${diagnosis.laterality}`) : null,
              diagnosis.diagnosedOn
                ? t('caseCard.diagnosedOn', { date: date(diagnosis.diagnosedOn) })
                : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </Fact>
        <Fact level={factLevel} label={t('caseCard.staging')}>
          {staging.notApplicable ? (
            <p>{t('caseCard.stagingNotApplicable')}</p>
          ) : tnm ? (
            <>
              <p className="fact__big code">{tnm}</p>
              <p className="cell-meta">
                {[
                  staging.edition ? t(`edition.${staging.edition}`) : null,
                  staging.uiccStage ? t('caseCard.uicc', { stage: staging.uiccStage }) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </>
          ) : (
            none
          )}
          {staging.grade && <p>{t(`grade.${staging.grade}`)}</p>}
        </Fact>
        <Fact level={factLevel} label={t('caseCard.ecog')}>
          {item.ecog !== null ? (
            <p>
              <span className="fact__big">{item.ecog}</span>{' '}
              {ecogGrade !== undefined && t(`ecog.${ecogGrade}`)}
            </p>
          ) : (
            none
          )}
        </Fact>
        <Fact level={factLevel} label={t('caseCard.biomarkers')}>
          {item.biomarkers.length > 0 ? (
            <dl className="pairs">
              {item.biomarkers.map((marker, index) => (
                <div key={keys.biomarkers[index]}>
                  <dt>{marker.name}</dt>
                  <dd>{marker.result}</dd>
                </div>
              ))}
            </dl>
          ) : (
            none
          )}
        </Fact>
        <Fact level={factLevel} label={t('caseCard.comorbidities')}>
          {item.comorbidities ? <p className="pre-line">{item.comorbidities}</p> : none}
        </Fact>
        <Fact level={factLevel} label={t('caseCard.priorTherapies')}>
          {item.priorTherapies.length > 0 ? (
            <ul className="plain-list">
              {item.priorTherapies.map((therapy, index) => (
                <li key={keys.priorTherapies[index]}>
                  {therapy.description}
                  {(therapy.startedOn || therapy.endedOn) && (
                    <span className="cell-meta">
                      {[date(therapy.startedOn), date(therapy.endedOn)]
                        .map((value) => value ?? '…')
                        .join(' – ')}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          ) : (
            none
          )}
        </Fact>
        <Fact level={factLevel} label={t('caseCard.references')} wide>
          {item.references.length > 0 ? (
            <ul className="plain-list references">
              {item.references.map((reference, index) => (
                <li key={keys.references[index]}>
                  <span className="tag tag--kind">{t(`referenceKind.${reference.kind}`)}</span>{' '}
                  {reference.url ? (
                    <a href={reference.url} target="_blank" rel="noopener noreferrer">
                      {reference.description}
                      <span className="visually-hidden"> {t('caseCard.newTab')}</span>
                    </a>
                  ) : (
                    reference.description
                  )}
                  <span className="cell-meta">
                    {[
                      date(reference.date),
                      reference.dicomStudyUid ? `DICOM ${reference.dicomStudyUid}` : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            none
          )}
        </Fact>
        <Fact level={factLevel} label={t('caseCard.proms')} wide>
          {item.proms.length > 0 ? (
            <Suspense fallback={<LoadingState />}>
              <PromTrend proms={item.proms} />
            </Suspense>
          ) : (
            none
          )}
        </Fact>
        {!isCompact && (
          <Fact level={factLevel} label={t('caseCard.readiness')} wide>
            <ReadinessSummary readiness={item.readiness} />
          </Fact>
        )}
        {/* The live board is shown to other institutions (shared screens): no home reference. */}
        {!isCompact && item.homeReference !== undefined && (
          <Fact level={factLevel} label={t('agenda.homeReference')} wide>
            <p className="home-reference">{item.homeReference ?? t('caseCard.none')}</p>
          </Fact>
        )}
      </div>
    </article>
  );
}
