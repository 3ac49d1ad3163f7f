import { type BoardDetail, TUMOR_ENTITIES } from '@konsil/shared';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useApi } from '../../app/SessionProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField, TextField } from '../../components/FormField';
import { SectionLegend } from '../../components/SectionLegend';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid';
import { type ApiError, toApiError } from '../../lib/api';
import { placeFieldErrors } from '../../lib/fieldPaths';
import { BoardTimeFields } from './BoardTimeFields';
import {
  BOARD_FIELD_RULES,
  type BoardFieldHint,
  type BoardFormValues,
  validateBoard,
} from './boardForm';
import { createBoard, type InstitutionOption, updateBoard } from './boardsApi';
import { InstitutionsField } from './InstitutionsField';
import { ParticipantPicker } from './ParticipantPicker';

type FieldErrors = Map<string, BoardFieldHint | 'nonexistentTime'>;

interface BoardFormProps {
  board: BoardDetail | null;
  institutions: InstitutionOption[];
  initial: BoardFormValues;
  onReload: () => void;
}

export function BoardForm({ board, institutions, initial, onReload }: BoardFormProps) {
  const { t } = useTranslation('clinical');
  const api = useApi();
  const navigate = useNavigate();
  const [values, setValues] = useState(initial);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>(new Map());
  const [error, setError] = useState<ApiError | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const invalid = useMemo(() => new Set(fieldErrors.keys()), [fieldErrors]);
  useFocusFirstInvalid(formRef, invalid);

  const change = (next: Partial<BoardFormValues>) =>
    setValues((current) => ({ ...current, ...next }));
  const set = (key: 'title' | 'tumorEntity' | 'videoUrl') => (value: string) =>
    change({ [key]: value });
  const fieldError = (path: string) => {
    const hint = fieldErrors.get(path);
    return hint ? t(`boardForm.errors.${hint}`) : null;
  };

  const participating = institutions.filter((institution) =>
    values.institutionIds.includes(institution.id),
  );

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const validation = validateBoard(values);
    if (!validation.success) {
      setFieldErrors(validation.fields);
      return;
    }
    setFieldErrors(new Map());
    setIsSaving(true);
    try {
      const saved = board
        ? await updateBoard(api, board.id, { ...validation.data, version: board.version })
        : await createBoard(api, validation.data);
      navigate(`/boards/${saved.id}`, { state: { notice: board ? 'saved' : 'created' } });
    } catch (caught) {
      const apiError = toApiError(caught);
      setError(apiError);
      const placed: FieldErrors = placeFieldErrors(
        apiError.fields.map((field) => field.path),
        BOARD_FIELD_RULES,
      ).fields;
      if (apiError.id === 'invalid_start_time') placed.set('start.local', 'nonexistentTime');
      setFieldErrors(placed);
    } finally {
      setIsSaving(false);
    }
  }

  const entityOptions = [
    { value: '', label: t('boardForm.noEntity') },
    ...TUMOR_ENTITIES.map((entity) => ({ value: entity, label: t(`entities.${entity}`) })),
  ];

  return (
    <form ref={formRef} className="stack" onSubmit={handleSubmit} noValidate>
      {error?.id === 'conflict' && (
        <div className="alert alert--error" role="alert">
          <p>{t('boardForm.conflict')}</p>
          <button type="button" className="button button--secondary" onClick={onReload}>
            {t('boardForm.reload')}
          </button>
        </div>
      )}
      {error && error.id !== 'conflict' && <ErrorAlert error={error} />}

      <fieldset className="card fieldset">
        <SectionLegend>{t('boardForm.sections.basics')}</SectionLegend>
        <div className="form--grid">
          <div className="form__span">
            <TextField
              id="board-title"
              label={t('boardForm.title')}
              value={values.title}
              onChange={set('title')}
              placeholder={t('boardForm.titlePlaceholder')}
              error={fieldError('title')}
              isRequired
            />
          </div>
          <SelectField
            label={t('boardForm.tumorEntity')}
            value={values.tumorEntity}
            options={entityOptions}
            onChange={set('tumorEntity')}
            error={fieldError('tumorEntity')}
          />
          <TextField
            label={t('boardForm.videoUrl')}
            type="url"
            value={values.videoUrl}
            onChange={set('videoUrl')}
            placeholder="https://"
            hint={t('boardForm.videoUrlHint')}
            error={fieldError('videoUrl')}
          />
        </div>
      </fieldset>

      <InstitutionsField
        institutions={institutions}
        values={values}
        onChange={change}
        hostError={fieldError('hostInstitutionId')}
        institutionsError={fieldError('institutionIds')}
      />

      <BoardTimeFields
        values={values}
        participating={participating}
        onChange={change}
        fieldError={fieldError}
      />

      <ParticipantPicker
        institutions={participating}
        selectedIds={values.participantIds}
        initialParticipants={board?.participants ?? []}
        onChange={(participantIds) => change({ participantIds })}
        error={fieldError('participantIds')}
      />

      <div className="form__actions">
        <button type="submit" className="button" disabled={isSaving}>
          {isSaving
            ? t('boardForm.saving')
            : board
              ? t('boardForm.submitSave')
              : t('boardForm.submitCreate')}
        </button>
        <Link className="button button--secondary" to={board ? `/boards/${board.id}` : '/'}>
          {t('boardForm.cancel')}
        </Link>
      </div>
    </form>
  );
}
