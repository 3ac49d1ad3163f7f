#!/usr/bin/env node
/**
 * Imports a FHIR R4 bundle as a draft case through the running server's API, as a person would
 * through the board page: signed in, checked by the same policy, audited, pseudonymised at the
 * door. Defaults fit the demo (`npm start`): Berlin's coordinator and the upcoming joint board.
 *
 *   npm run fhir:import -- <bundle.json> [--board <title or id>] [--dry-run]
 *                          [--url http://localhost:3000] [--email …] [--password …]
 *
 * The password may also come from KONSIL_PASSWORD, so that it stays out of the shell history.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const DEMO = {
  url: 'http://localhost:3000',
  email: 'coordinator.berlin@konsil.test',
  password: 'konsil-demo',
  board: 'Joint Thoracic Tumor Board',
};

function fail(message) {
  console.error(`✗ ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    board: { type: 'string', default: DEMO.board },
    url: { type: 'string', default: process.env.KONSIL_URL ?? DEMO.url },
    email: { type: 'string', default: process.env.KONSIL_EMAIL ?? DEMO.email },
    password: { type: 'string', default: process.env.KONSIL_PASSWORD ?? DEMO.password },
    'dry-run': { type: 'boolean', default: false },
  },
});
if (positionals.length !== 1) fail('Name one bundle file: npm run fhir:import -- <bundle.json>');

const origin = new URL(values.url).origin;
// The server allows state changes only from its own origin; a script says which one it speaks for.
const headers = { origin };

async function call(method, path, { body, contentType = 'application/json', cookie } = {}) {
  const response = await fetch(`${origin}${path}`, {
    method,
    headers: {
      ...headers,
      ...(body === undefined ? {} : { 'content-type': contentType }),
      ...(cookie ? { cookie } : {}),
    },
    body,
  });
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON: reported below with the status.
  }
  return { status: response.status, json, response };
}

function errorOf(answer) {
  const error = answer.json?.error;
  if (!error) return `HTTP ${answer.status}`;
  const fields = (error.fields ?? []).map((field) => `\n    ${field.path}: ${field.message}`);
  return `${error.id} (HTTP ${answer.status})${fields.join('')}`;
}

const bundle = readFileSync(positionals[0], 'utf8');

let login;
try {
  login = await call('POST', '/api/auth/login', {
    body: JSON.stringify({ email: values.email, password: values.password }),
  });
} catch {
  fail(`Cannot reach ${origin}. Is Konsil running (npm start)?`);
}
if (login.status !== 200) fail(`Sign-in as ${values.email} failed: ${errorOf(login)}`);
const cookie = login.response.headers
  .getSetCookie()
  .map((line) => line.split(';')[0])
  .join('; ');

const boards = await call('GET', '/api/boards', { cookie });
if (boards.status !== 200) fail(`Cannot list boards: ${errorOf(boards)}`);
// The demo has a past and an upcoming board of the same title: take the next one still to come.
const candidates = boards.json.boards
  .filter((board) => board.id === values.board || board.title === values.board)
  .filter((board) => board.status === 'scheduled' || board.status === 'live')
  .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
const board = candidates[0];
if (!board) fail(`No scheduled or live board "${values.board}" that ${values.email} can see.`);

const query = values['dry-run'] ? '?dryRun=true' : '';
const answer = await call('POST', `/api/boards/${board.id}/cases/fhir${query}`, {
  body: bundle,
  contentType: 'application/fhir+json',
  cookie,
});
if (answer.status !== 200 && answer.status !== 201) fail(`Import refused: ${errorOf(answer)}`);

const preview = answer.json.preview;
const stored = preview?.case ?? answer.json.case;
const lines = values['dry-run']
  ? [`Preview for "${board.title}" (nothing stored):`]
  : [`Imported as a draft case on "${board.title}": ${stored.pseudonym}`];
lines.push(
  `  diagnosis: ${stored.diagnosis?.icd10?.code ?? '—'} ${stored.diagnosis?.icd10?.text ?? ''}`,
);
if (preview) {
  for (const note of preview.dropped) lines.push(`  dropped   ${note.path}: ${note.reason}`);
  for (const note of preview.unmapped) lines.push(`  unmapped  ${note.path}: ${note.reason}`);
} else {
  lines.push(`  open it: ${origin}/boards/${board.id}/cases/${stored.id}`);
}
console.log(lines.join('\n'));
