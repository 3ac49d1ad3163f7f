import { formatTnm } from '@konsil/shared';
import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { contentKeys } from '../../../lib/contentKeys';
import { formatCalendarDate } from '../../../lib/time';
import { promQuestionnaires } from './bundleFile';
import { FhirPathList } from './FhirPathList';
import type { FhirImportPreview as Preview } from './fhirImportApi';

const ECOG_GRADES = ['0', '1', '2', '3', '4', '5'] as const;

interface FhirImportPreviewProps {
  preview: Preview;
  /** Focus lands here once the preview is shown. */
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/**
 * What a dry run found: the case content that would be stored (pseudonym-free), then the
 * identifying elements dropped and the elements no case field takes, each by FHIR path.
 */
export function FhirImportPreview({ preview, headingRef }: FhirImportPreviewProps) {
  const { t } = useTranslation('clinical');
  return (
    <section
      className="fhir-preview"
      aria-labelledby="fhir-preview-title"
      data-testid="fhir-import-preview"
    >
      <h3 id="fhir-preview-title" ref={headingRef} tabIndex={-1}>
        {t('fhirImport.previewTitle')}
      </h3>
      <p className="muted">{t('fhirImport.previewIntro')}</p>
      <div className="fhir-preview__columns">
        <StoredContent content={preview.case} />
        <div className="fhir-preview__notes">
          <FhirPathList
            title={t('fhirImport.droppedTitle')}
            intro={t('fhirImport.droppedIntro')}
            emptyText={t('fhirImport.noneDropped')}
            notes={preview.dropped}
            testId="fhir-import-dropped"
          />
          <FhirPathList
            title={t('fhirImport.unmappedTitle')}
            intro={t('fhirImport.unmappedIntro')}
            emptyText={t('fhirImport.noneUnmapped')}
            notes={preview.unmapped}
            testId="fhir-import-unmapped"
          />
        </div>
      </div>
    </section>
  );
}

function StoredContent({ content }: { content: Preview['case'] }) {
  const { t, i18n } = useTranslation('clinical');
  const date = (value: string | null) => (value ? formatCalendarDate(value, i18n.language) : null);
  const joined = (parts: (string | null | false)[]) => parts.filter(Boolean).join(' · ');
  const none = <span className="muted">{t('caseCard.none')}</span>;
  const { diagnosis, staging } = content;
  const tnm = formatTnm(staging);
  const age =
    content.ageYears !== null
      ? t('caseCard.ageYears', { count: content.ageYears })
      : content.ageBand
        ? t('caseCard.ageBand', { band: content.ageBand.replace('-', '–') })
        : null;
  const ecogGrade = content.ecog === null ? undefined : ECOG_GRADES[content.ecog];
  const keys = {
    biomarkers: contentKeys(content.biomarkers, (entry) => `${entry.name}:${entry.result}`),
    priorTherapies: contentKeys(content.priorTherapies, (entry) => entry.description),
    references: contentKeys(content.references, (entry) => `${entry.kind}:${entry.description}`),
  };
  const questionnaires = promQuestionnaires(content.proms);

  return (
    <section className="fhir-stored" aria-labelledby="fhir-stored-title" data-testid="fhir-stored">
      <h4 id="fhir-stored-title" className="subheading">
        {t('fhirImport.storedTitle')}
      </h4>
      <dl className="pairs fhir-stored__pairs">
        <Entry label={t('fhirImport.ageAndSex')}>
          {joined([age, content.sex && t(`sex.${content.sex}`)]) || none}
        </Entry>
        <Entry label={t('caseCard.diagnosis')}>
          {diagnosis.icd10 ? (
            <>
              <span className="code">{diagnosis.icd10.code}</span> {diagnosis.icd10.text}
            </>
          ) : (
            none
          )}
          <span className="cell-meta">
            {joined([
              diagnosis.icd10?.system ?? null,
              (diagnosis.topography || diagnosis.morphology) &&
                `${t('caseCard.icdO3', { version: 3 })}: ${joined([diagnosis.topography, diagnosis.morphology])}`,
              diagnosis.laterality && t(`laterality.${diagnosis.laterality}`),
              diagnosis.diagnosedOn &&
                t('caseCard.diagnosedOn', { date: date(diagnosis.diagnosedOn) }),
            ])}
          </span>
        </Entry>
        <Entry label={t('caseCard.staging')}>
          {staging.notApplicable
            ? t('caseCard.stagingNotApplicable')
            : tnm
              ? joined([
                  tnm,
                  staging.uiccStage && t('caseCard.uicc', { stage: staging.uiccStage }),
                  staging.edition && t(`edition.${staging.edition}`),
                ])
              : none}
        </Entry>
        <Entry label={t('caseCard.ecog')}>
          {content.ecog !== null
            ? joined([String(content.ecog), ecogGrade !== undefined && t(`ecog.${ecogGrade}`)])
            : none}
        </Entry>
        <Entry label={t('caseCard.biomarkers')}>
          <Items
            items={content.biomarkers.map((marker, index) => ({
              key: keys.biomarkers[index] ?? String(index),
              text: `${marker.name}: ${marker.result}`,
            }))}
            none={none}
          />
        </Entry>
        <Entry label={t('caseCard.comorbidities')}>{content.comorbidities || none}</Entry>
        <Entry label={t('caseCard.priorTherapies')}>
          <Items
            items={content.priorTherapies.map((therapy, index) => ({
              key: keys.priorTherapies[index] ?? String(index),
              text: therapy.description,
              meta:
                therapy.startedOn || therapy.endedOn
                  ? [date(therapy.startedOn), date(therapy.endedOn)]
                      .map((value) => value ?? '…')
                      .join(' – ')
                  : null,
            }))}
            none={none}
          />
        </Entry>
        <Entry label={t('caseCard.references')}>
          <Items
            items={content.references.map((reference, index) => ({
              key: keys.references[index] ?? String(index),
              text: `${t(`referenceKind.${reference.kind}`)}: ${reference.description}`,
              meta: date(reference.date),
            }))}
            none={none}
          />
        </Entry>
        <Entry label={t('caseCard.proms')}>
          <Items
            items={questionnaires.map((questionnaire) => ({
              key: questionnaire.instrument,
              text: t('fhirImport.promSummary', {
                instrument: questionnaire.instrument,
                count: questionnaire.scoreCount,
                dates: questionnaire.dates.map(date).join(', '),
              }),
            }))}
            none={none}
          />
        </Entry>
        <Entry label={t('agenda.homeReference')}>
          {content.homeReference ? (
            <span className="home-reference" data-testid="fhir-home-reference">
              {content.homeReference}
            </span>
          ) : (
            none
          )}
        </Entry>
      </dl>
      <p className="callout fhir-stored__needed">{t('fhirImport.stillNeeded')}</p>
    </section>
  );
}

function Entry({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Items({
  items,
  none,
}: {
  items: { key: string; text: string; meta?: string | null }[];
  none: ReactNode;
}) {
  if (items.length === 0) return none;
  return (
    <ul className="plain-list fhir-stored__list">
      {items.map((item) => (
        <li key={item.key}>
          {item.text}
          {item.meta && <span className="cell-meta">{item.meta}</span>}
        </li>
      ))}
    </ul>
  );
}
