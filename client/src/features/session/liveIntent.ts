/** Router state of the board page's "Start board" link: start once the live board is joined. */
export interface LiveIntent {
  intent: 'start';
}

export const START_INTENT: LiveIntent = { intent: 'start' };

export function hasStartIntent(state: unknown): boolean {
  return typeof state === 'object' && state !== null && Reflect.get(state, 'intent') === 'start';
}
