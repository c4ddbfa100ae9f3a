/**
 * Opens the backend on the file named by argv[2] in this process (which a test may start as
 * another user) and prints, as one JSON line, the file's status and how a read and a write went.
 */
import { startBackend } from '../../electron/backend/backend';

const file = process.argv[2] ?? '';
try {
  const backend = startBackend(file, { version: 'probe', log: () => undefined, autoBackups: false });
  const outcome = (method: string, input: unknown) => backend.dispatch(method, input);
  console.log(
    JSON.stringify({
      status: outcome('files.status', {}),
      read: outcome('accounts.list', {}),
      write: outcome('accounts.create', { name: 'Written by the probe' }),
    }),
  );
  backend.close();
} catch (error) {
  console.log(JSON.stringify({ problem: String(error) }));
}
