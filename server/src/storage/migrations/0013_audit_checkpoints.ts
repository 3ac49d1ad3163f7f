import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations describe past shapes
export async function up(db: Kysely<any>): Promise<void> {
  // Signed statements "the chain's row <seq> had hash <row_hash> at <signed_at>". The private key
  // lives outside the database, so whoever can write these rows still cannot forge one.
  await db.schema
    .createTable('audit_checkpoints')
    // Consecutive from 1; the primary key makes two instances signing at once collide, not fork.
    .addColumn('number', 'integer', (col) => col.primaryKey())
    .addColumn('seq', 'integer', (col) => col.notNull())
    .addColumn('row_hash', 'text', (col) => col.notNull())
    .addColumn('signed_at', 'text', (col) => col.notNull())
    // Ed25519 signature (base64) over the canonical message in audit/checkpointMessage.ts.
    .addColumn('signature', 'text', (col) => col.notNull())
    // SHA-256 fingerprint (hex) of the public key's SPKI encoding.
    .addColumn('key_id', 'text', (col) => col.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('audit_checkpoints').execute();
}
