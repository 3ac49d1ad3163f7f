import { ROLES, SPECIALTIES } from '@konsil/shared';
import { useTranslation } from 'react-i18next';
import type { SelectOption } from '../../components/FormField';

export function useRoleOptions(): SelectOption[] {
  const { t } = useTranslation();
  return ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));
}

/** Specialties plus "none" (empty value), since admins and coordinators often have none. */
export function useSpecialtyOptions(): SelectOption[] {
  const { t } = useTranslation();
  return [
    { value: '', label: t('specialties.none') },
    ...SPECIALTIES.map((specialty) => ({ value: specialty, label: t(`specialties.${specialty}`) })),
  ];
}
