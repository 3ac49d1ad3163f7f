import { CLOSE_CODES, ROLES } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import { isReadOnlyRole, notesRefusalOf, readOnlyReasonOf, refusalHandling } from './notesAccess';

describe('who writes in the notes', () => {
  it('starts the caret of observers and admins as read-only (the server decides the rest)', () => {
    const readOnly = ROLES.filter(isReadOnlyRole);
    expect(readOnly.sort()).toEqual(['admin', 'observer']);
  });

  it('names the reason for the badge only when the server said "read"', () => {
    expect(readOnlyReasonOf(null)).toBeNull();
    expect(readOnlyReasonOf({ mode: 'edit' })).toBeNull();
    expect(readOnlyReasonOf({ mode: 'read', reason: 'minutes_signed' })).toBe('minutes_signed');
    expect(readOnlyReasonOf({ mode: 'read', reason: 'role' })).toBe('role');
    expect(readOnlyReasonOf({ mode: 'read', reason: 'unknown' })).toBe('unknown');
  });
});

describe('refusals of the notes connection', () => {
  it('names every permanent close code of the contract', () => {
    expect(notesRefusalOf(CLOSE_CODES.unauthenticated)).toBe('sessionEnded');
    expect(notesRefusalOf(CLOSE_CODES.notFound)).toBe('notShared');
    expect(notesRefusalOf(CLOSE_CODES.originNotAllowed)).toBe('origin');
    expect(notesRefusalOf(CLOSE_CODES.tooLarge)).toBe('tooLarge');
    expect(notesRefusalOf(CLOSE_CODES.badMessage)).toBe('rejected');
    expect(notesRefusalOf(4499)).toBe('rejected');
  });

  it('says the same for a case not shared and one that does not exist, from old servers too', () => {
    expect(notesRefusalOf(CLOSE_CODES.forbidden)).toBe(notesRefusalOf(CLOSE_CODES.notFound));
  });

  it('takes the text away when access is gone, and keeps it when only the session ended', () => {
    expect(refusalHandling('notShared')).toEqual({ hidesNotes: true, action: null });
    expect(refusalHandling('sessionEnded')).toEqual({ hidesNotes: false, action: 'signIn' });
    expect(refusalHandling('tooLarge')).toEqual({ hidesNotes: false, action: 'reconnect' });
  });
});
