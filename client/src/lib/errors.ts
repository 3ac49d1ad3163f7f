import type { TFunction } from 'i18next';
import en from './i18n/en.json';

type ErrorKey = keyof typeof en.errors;
type FieldKey = Exclude<keyof typeof en.fields, 'generic'>;

function isErrorKey(id: string): id is ErrorKey {
  return Object.hasOwn(en.errors, id);
}

function isFieldKey(name: string): name is FieldKey {
  return name !== 'generic' && Object.hasOwn(en.fields, name);
}

/** Translated text for an error id; ids this client does not know yet read as a generic failure. */
export function errorText(t: TFunction, id: string): string {
  return isErrorKey(id) ? t(`errors.${id}`) : t('errors.unknown');
}

/** The form field a validation path points at: "body.email" and "email" both mean email. */
export function fieldName(path: string): string {
  return path.split('.').pop() ?? path;
}

/**
 * Translated hint for an invalid field. The server's own field messages are English, so the
 * client says what the field needs in the viewer's language instead of echoing them.
 * `minLength` fills the password hints (LIMITS.passwordMinLength).
 */
export function fieldErrorText(t: TFunction, path: string, minLength?: number): string {
  const name = fieldName(path);
  if (!isFieldKey(name)) return t('fields.generic');
  return t(`fields.${name}`, { min: minLength });
}

/** Field paths reported by a zod issue list or an API error, as a set of field names. */
export function invalidFields(paths: readonly (string | readonly PropertyKey[])[]): Set<string> {
  return new Set(
    paths.map((path) => fieldName(typeof path === 'string' ? path : path.map(String).join('.'))),
  );
}
