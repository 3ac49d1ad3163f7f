import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations describe past shapes
export async function up(db: Kysely<any>): Promise<void> {
  // A sign-in through a hospital's provider, between the redirect out and the callback. Kept in
  // the database, not in memory, so that any instance of a cluster can take the callback; the
  // row is deleted when the callback consumes it, so a replayed callback finds nothing.
  await db.schema
    .createTable('oidc_login_attempts')
    // SHA-256 of the random value in the attempt cookie, like session ids.
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('institution_code', 'text', (col) => col.notNull())
    .addColumn('state', 'text', (col) => col.notNull())
    .addColumn('nonce', 'text', (col) => col.notNull())
    .addColumn('code_verifier', 'text', (col) => col.notNull())
    .addColumn('redirect_uri', 'text', (col) => col.notNull())
    .addColumn('return_to', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('oidc_login_attempts_expiry_idx')
    .on('oidc_login_attempts')
    .column('expires_at')
    .execute();

  // Who a provider's subject is here. A person keeps their Konsil account when their email changes.
  await db.schema
    .createTable('user_identities')
    .addColumn('issuer', 'text', (col) => col.notNull())
    .addColumn('subject', 'text', (col) => col.notNull())
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('institution_id', 'text', (col) => col.notNull().references('institutions.id'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('last_login_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('user_identities_pk', ['issuer', 'subject'])
    .execute();
  await db.schema
    .createIndex('user_identities_user_idx')
    .on('user_identities')
    .column('user_id')
    .execute();

  // What back-channel logout (by sid) and RP-initiated logout (id_token_hint) need of a session.
  await db.schema.alterTable('sessions').addColumn('oidc_issuer', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('oidc_sid', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('oidc_id_token', 'text').execute();
  await db.schema
    .createIndex('sessions_oidc_sid_idx')
    .on('sessions')
    .columns(['oidc_issuer', 'oidc_sid'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations describe past shapes
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('sessions_oidc_sid_idx').execute();
  await db.schema.alterTable('sessions').dropColumn('oidc_id_token').execute();
  await db.schema.alterTable('sessions').dropColumn('oidc_sid').execute();
  await db.schema.alterTable('sessions').dropColumn('oidc_issuer').execute();
  await db.schema.dropTable('user_identities').execute();
  await db.schema.dropTable('oidc_login_attempts').execute();
}
