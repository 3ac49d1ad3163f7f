import { type Migration, type MigrationProvider, Migrator, NO_MIGRATIONS } from 'kysely';
import type { Db } from '../db';
import { migrationSchemaOf } from '../dialect';
import * as foundation from './0001_foundation';
import * as boards from './0002_boards';
import * as cases from './0003_cases';
import * as liveSessions from './0004_live_sessions';
import * as caseNotes from './0005_case_notes';
import * as decisions from './0006_decisions';
import * as minutes from './0007_minutes';
import * as search from './0008_search';
import * as decisionRecord from './0009_decision_record';
import * as oidc from './0010_oidc';
import * as caseDiscussions from './0011_case_discussions';
import * as certificates from './0012_certificates';
import * as auditCheckpoints from './0013_audit_checkpoints';

/** Listed statically so the bundled server carries its migrations. Append only. */
const MIGRATIONS: Record<string, Migration> = {
  '0001_foundation': foundation,
  '0002_boards': boards,
  '0003_cases': cases,
  '0004_live_sessions': liveSessions,
  '0005_case_notes': caseNotes,
  '0006_decisions': decisions,
  '0007_minutes': minutes,
  '0008_search': search,
  '0009_decision_record': decisionRecord,
  '0010_oidc': oidc,
  '0011_case_discussions': caseDiscussions,
  '0012_certificates': certificates,
  '0013_audit_checkpoints': auditCheckpoints,
};

const provider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};

/** Brings the schema to the latest version; throws when any migration fails. */
async function migratorFor(db: Db): Promise<Migrator> {
  return new Migrator({ db, provider, migrationTableSchema: await migrationSchemaOf(db) });
}

export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = await migratorFor(db);
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export async function migrateDownAll(db: Db): Promise<void> {
  const migrator = await migratorFor(db);
  const { error } = await migrator.migrateTo(NO_MIGRATIONS);
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
