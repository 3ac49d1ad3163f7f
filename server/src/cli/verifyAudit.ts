/** `pnpm audit:verify`: walks the audit hash chain of the configured database. */
import { verifyAuditChain } from '../audit/verifyChain';
import { loadConfig } from '../config';
import { createDatabase } from '../storage/db';

const config = loadConfig();
const db = createDatabase(config);
try {
  const result = await verifyAuditChain(db);
  if (result.ok) {
    process.stdout.write(`audit chain OK: ${result.checked} events verified\n`);
  } else {
    const broken = result.firstBroken;
    process.stdout.write(
      `audit chain BROKEN at seq ${broken?.seq} (id ${broken?.id}): ${broken?.reason}; ${result.checked} events verified before it\n`,
    );
    process.exitCode = 1;
  }
} finally {
  await db.destroy();
}
