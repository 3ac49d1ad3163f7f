import { CLOSE_CODES, type NotesUser, ROLES } from '@konsil/shared';
import { describe, expect, it } from 'vitest';
import {
  isNotesReadOnly,
  isReadOnlyRole,
  notesRefusalOf,
  notesUserOf,
  refusalHandling,
} from './notesAccess';

const stamped: NotesUser = {
  userId: 'u1',
  name: 'Dr. Jonas Weber',
  color: '#1d4ed8',
  institutionCode: 'CCCC',
  role: 'clinician',
  readOnly: false,
};

describe('who writes in the notes', () => {
  it('clinicians and coordinators write; observers and admins read', () => {
    const readOnly = ROLES.filter(isReadOnlyRole);
    expect(readOnly.sort()).toEqual(['admin', 'observer']);
  });

  it('follows the server when it stamps our own awareness state read-only', () => {
    expect(isNotesReadOnly('clinician', stamped)).toBe(false);
    expect(isNotesReadOnly('clinician', { ...stamped, readOnly: true })).toBe(true);
    expect(isNotesReadOnly('clinician', null)).toBe(false);
  });

  it('keeps an observer read-only even if a stamp says otherwise', () => {
    expect(isNotesReadOnly('observer', stamped)).toBe(true);
  });

  it('reads the user field of an awareness state only when it has the stamped shape', () => {
    expect(notesUserOf({ user: stamped, cursor: null })).toEqual(stamped);
    expect(notesUserOf({ user: { name: 'x', color: '#000000' } })).toBeNull();
    expect(notesUserOf({ user: { ...stamped, readOnly: 'yes' } })).toBeNull();
    expect(notesUserOf(null)).toBeNull();
    expect(notesUserOf('user')).toBeNull();
  });
});

describe('refusals of the notes connection', () => {
  it('names every permanent close code of the contract', () => {
    expect(notesRefusalOf(CLOSE_CODES.unauthenticated)).toBe('sessionEnded');
    expect(notesRefusalOf(CLOSE_CODES.forbidden)).toBe('forbidden');
    expect(notesRefusalOf(CLOSE_CODES.notFound)).toBe('notFound');
    expect(notesRefusalOf(CLOSE_CODES.originNotAllowed)).toBe('origin');
    expect(notesRefusalOf(CLOSE_CODES.tooLarge)).toBe('tooLarge');
    expect(notesRefusalOf(CLOSE_CODES.badMessage)).toBe('rejected');
    expect(notesRefusalOf(4499)).toBe('rejected');
  });

  it('takes the text away when access is gone, and keeps it when only the session ended', () => {
    expect(refusalHandling('forbidden').hidesNotes).toBe(true);
    expect(refusalHandling('notFound').hidesNotes).toBe(true);
    expect(refusalHandling('sessionEnded')).toEqual({ hidesNotes: false, action: 'signIn' });
    expect(refusalHandling('tooLarge')).toEqual({ hidesNotes: false, action: 'reconnect' });
  });
});
