import type { Participant } from '@konsil/shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/SessionProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { SectionLegend } from '../../components/SectionLegend';
import { useApiQuery } from '../../lib/useApiQuery';
import { type InstitutionOption, listDirectory } from './boardsApi';
import { groupByInstitution, uniqueParticipants } from './participants';

interface ParticipantPickerProps {
  /** The participating institutions. */
  institutions: InstitutionOption[];
  selectedIds: string[];
  /** Already invited people (editing), shown even when the directory no longer lists them. */
  initialParticipants: Participant[];
  onChange: (participantIds: string[]) => void;
  error: string | null;
}

function GroupToggle(props: {
  label: string;
  selected: number;
  total: number;
  onToggle: () => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = props.selected > 0 && props.selected < props.total;
  }, [props.selected, props.total]);
  return (
    <label className="check check--group">
      <input
        ref={ref}
        type="checkbox"
        className="check__box"
        checked={props.total > 0 && props.selected === props.total}
        disabled={props.total === 0}
        onChange={props.onToggle}
      />
      <span className="check__label">{props.label}</span>
    </label>
  );
}

/** Invitees grouped by institution, with "select all" per institution. */
export function ParticipantPicker(props: ParticipantPickerProps) {
  const { t, i18n } = useTranslation('clinical');
  const { t: tc } = useTranslation();
  const api = useApi();
  const { institutions, selectedIds, onChange } = props;
  const institutionIds = institutions.map((institution) => institution.id);
  const key = [...institutionIds].sort().join(',');
  const { state, reload } = useApiQuery(`directory:${key}`, (signal) =>
    institutionIds.length === 0 ? Promise.resolve([]) : listDirectory(api, institutionIds, signal),
  );
  const people = uniqueParticipants(
    state.status === 'success' ? state.data : [],
    props.initialParticipants,
  );

  // People of an institution that no longer takes part are no longer invited.
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const selectedRef = useRef(selectedIds);
  selectedRef.current = selectedIds;
  const institutionOf = new Map(people.map((person) => [person.id, person.institution.id]));
  const staleIds = selectedIds.filter((id) => {
    const institutionId = institutionOf.get(id);
    return institutionId !== undefined && !institutionIds.includes(institutionId);
  });
  const staleKey = staleIds.join(',');
  useEffect(() => {
    if (staleKey === '') return;
    const stale = new Set(staleKey.split(','));
    onChangeRef.current(selectedRef.current.filter((id) => !stale.has(id)));
  }, [staleKey]);

  function toggle(ids: string[], isSelected: boolean) {
    const without = selectedIds.filter((id) => !ids.includes(id));
    onChange(isSelected ? [...without, ...ids] : without);
  }

  const groups = groupByInstitution(institutions, people, i18n.language);
  return (
    <fieldset
      className="card fieldset"
      aria-describedby={props.error ? 'board-participants-error' : undefined}
    >
      <SectionLegend>
        {t('boardForm.sections.participants')}{' '}
        <span className="muted">
          ({t('boardForm.selectedCount', { count: selectedIds.length })})
        </span>
      </SectionLegend>
      {props.error && (
        <p className="field__error" id="board-participants-error">
          {props.error}
        </p>
      )}
      {state.status === 'loading' && <LoadingState />}
      {state.status === 'error' && (
        <ErrorAlert error={state.error} title={t('boardForm.directoryError')} onRetry={reload} />
      )}
      <div className="participant-groups">
        {groups.map(({ institution, participants }) => {
          const ids = participants.map((person) => person.id);
          const selected = ids.filter((id) => selectedIds.includes(id)).length;
          return (
            <fieldset key={institution.id} className="participant-group">
              <legend className="participant-group__title">
                <span className="code-badge">{institution.code}</span> {institution.name}
              </legend>
              <GroupToggle
                label={t('boardForm.selectAll', { code: institution.code })}
                selected={selected}
                total={ids.length}
                onToggle={() => toggle(ids, selected < ids.length)}
              />
              {participants.length === 0 && state.status === 'success' && (
                <p className="muted">{t('boardForm.noDirectory')}</p>
              )}
              <ul className="participant-list">
                {participants.map((person) => (
                  <li key={person.id}>
                    <label className="check">
                      <input
                        type="checkbox"
                        className="check__box"
                        checked={selectedIds.includes(person.id)}
                        onChange={(event) => toggle([person.id], event.target.checked)}
                      />
                      <span className="check__label">
                        {person.name}
                        <span className="cell-meta">
                          {tc(`roles.${person.role}`)}
                          {person.specialty && ` · ${tc(`specialties.${person.specialty}`)}`}
                        </span>
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          );
        })}
      </div>
    </fieldset>
  );
}
