import { connect, migrate } from '@opennrm/db';
const handle = await connect({ databaseUrl: process.env.DATABASE_URL! });
await migrate(handle.db);
await handle.close();
