import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations describe past shapes
export async function up(db: Kysely<any>): Promise<void> {
  // A certificate of attendance, issued on its first download and the same ever after: one per
  // person and board. The code is what a medical chamber checks; it is stored normalised
  // (12 Crockford base32 symbols, no dashes) and is the key a lookup uses.
  await db.schema
    .createTable('certificates')
    .addColumn('code', 'text', (col) => col.primaryKey())
    .addColumn('board_id', 'text', (col) => col.notNull().references('boards.id'))
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id'))
    // Kept as issued: the certificate and its verification state the same figure.
    .addColumn('minutes_attended', 'integer', (col) => col.notNull())
    .addColumn('issued_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('certificates_board_user_unique', ['board_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('certificates_user_idx')
    .on('certificates')
    .column('user_id')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations describe past shapes
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('certificates').execute();
}
