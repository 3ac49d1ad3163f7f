import type { PresenceEntry } from '@konsil/shared';
import { expect, it } from 'vitest';
import { groupPresence, withOwnConnection } from './presenceGroups';

const berlin = { id: 'b', code: 'CCCC', name: 'Charité' };
const seoul = { id: 's', code: 'SCCC', name: 'Samsung' };
const vienna = { id: 'v', code: 'VCCC', name: 'Vienna' };

function entry(name: string, institution: typeof berlin, status: PresenceEntry['status']) {
  return { userId: name, name, role: 'clinician', specialty: null, institution, status } as const;
}

it('groups people by the board institutions in order, sorted by name, with online counts', () => {
  const groups = groupPresence(
    [berlin, seoul],
    [
      entry('Weber', berlin, 'online'),
      entry('Kim', seoul, 'reconnecting'),
      entry('Berger', berlin, 'online'),
      entry('Gruber', vienna, 'online'),
    ],
    'en',
    (person) => person.institution,
  );
  expect(
    groups.map((group) => [
      group.institution.code,
      group.entries.map((person) => person.name),
      group.onlineCount,
    ]),
  ).toEqual([
    ['CCCC', ['Berger', 'Weber'], 2],
    ['SCCC', ['Kim'], 0],
    ['VCCC', ['Gruber'], 1],
  ]);
});

it('keeps an institution with nobody present, so its absence shows', () => {
  const groups = groupPresence([berlin, seoul], [], 'en', (person) => person.institution);
  expect(groups.map((group) => [group.institution.code, group.entries.length])).toEqual([
    ['CCCC', 0],
    ['SCCC', 0],
  ]);
});

it('shows the viewer as reconnecting while their own connection is down, and only the viewer', () => {
  const list = [entry('Kim', seoul, 'online'), entry('Weber', berlin, 'online')];
  expect(withOwnConnection(list, 'Kim', true)).toBe(list);
  expect(withOwnConnection(list, 'Kim', false).map((person) => person.status)).toEqual([
    'reconnecting',
    'online',
  ]);
});
