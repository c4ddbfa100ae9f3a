import path from 'node:path';
import { parseArgs } from 'node:util';
import { startTeamServer } from './server';
import { TeamStore } from './store';

/**
 * `npm run team-server -- --data DIR --port N [--host ADDRESS] [--cert FILE --key FILE]` starts the
 * team's sync server; `--add-member NAME` prints a new member's invite token, `--remove-member NAME`
 * revokes it (also while the server runs: their connections close within a second).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      port: { type: 'string', default: '1234' },
      host: { type: 'string', default: '127.0.0.1' },
      cert: { type: 'string' },
      key: { type: 'string' },
      'add-member': { type: 'string' },
      'remove-member': { type: 'string' },
    },
    strict: true,
  });
  if (!values.data) throw new Error('Say where the team server keeps its data: --data DIR');
  const dataDir = path.resolve(values.data);
  if (values['add-member'] !== undefined || values['remove-member'] !== undefined) {
    const store = new TeamStore(dataDir);
    try {
      if (values['add-member'] !== undefined) {
        const name = values['add-member'].trim();
        console.log(`Invite token for ${name}: ${store.addMember(name)}`);
      }
      if (values['remove-member'] !== undefined) {
        const name = values['remove-member'].trim();
        if (!store.removeMember(name)) throw new Error(`${name} is not a member.`);
        console.log(`Removed ${name}: their token no longer opens anything.`);
      }
    } finally {
      store.close();
    }
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error('--port takes 0 to 65535 (0: any free port).');
  if (Boolean(values.cert) !== Boolean(values.key)) throw new Error('TLS needs both --cert FILE and --key FILE.');
  const tls = values.cert && values.key ? { cert: values.cert, key: values.key } : undefined;
  const server = await startTeamServer({ dataDir, port, host: values.host, tls });
  console.log(`Powermap team server: ${server.url}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
