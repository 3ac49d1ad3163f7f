import { type RefObject, useEffect } from 'react';

/**
 * After a refused submit, moves focus to the first invalid field so keyboard and screen-reader
 * users land on what needs fixing (its error is announced through aria-describedby).
 */
export function useFocusFirstInvalid(
  formRef: RefObject<HTMLFormElement | null>,
  invalid: ReadonlySet<string>,
): void {
  useEffect(() => {
    if (invalid.size === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [formRef, invalid]);
}
