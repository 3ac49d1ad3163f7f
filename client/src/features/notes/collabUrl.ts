import { COLLAB_PATH } from '@konsil/shared';

/**
 * y-websocket's server URL for the notes: the page's own origin over ws(s) plus COLLAB_PATH.
 * The provider appends `/<caseId>`. Same origin, so the session cookie goes along and the CSP's
 * connect-src 'self' covers it.
 */
export function collabServerUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}${COLLAB_PATH}`;
}
