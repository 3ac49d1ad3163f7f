import { expect, it } from 'vitest';
import { collabServerUrl } from './collabUrl';

it('opens the notes websocket on the page’s own origin, secure when the page is', () => {
  expect(collabServerUrl({ protocol: 'http:', host: '127.0.0.1:3999' })).toBe(
    'ws://127.0.0.1:3999/collab',
  );
  expect(collabServerUrl({ protocol: 'https:', host: 'konsil.example' })).toBe(
    'wss://konsil.example/collab',
  );
});
