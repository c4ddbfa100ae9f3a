import fs from 'node:fs';
import path from 'node:path';

/**
 * A stand-in for the system's browser opener (xdg-open, or open on macOS), first on PATH: it only
 * writes down the arguments it was given, as `ps` would show them to any user of the machine.
 */
export interface FakeOpener {
  /** The environment to start web mode with: PATH finds the stand-in first. */
  env: NodeJS.ProcessEnv;
  /** The opener's argv ($0 first), or null while it has not run. */
  recordedArgv(): string[] | null;
}

export function installFakeOpener(dir: string): FakeOpener {
  const log = path.join(dir, 'argv.txt');
  const script = path.join(dir, process.platform === 'darwin' ? 'open' : 'xdg-open');
  // Written whole, then renamed, so a reader never sees half a record.
  fs.writeFileSync(script, `#!/bin/sh\nprintf '%s\\n' "$0" "$@" > '${log}.part' && mv '${log}.part' '${log}'\n`, {
    mode: 0o755,
  });
  return {
    env: { ...process.env, PATH: `${dir}${path.delimiter}${process.env.PATH ?? ''}` },
    recordedArgv: () => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trimEnd().split('\n') : null),
  };
}

/** Where a launch page sends the browser, read from its refresh the way a browser reads it. */
export function refreshTarget(html: string): string | undefined {
  const match = /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(html);
  return match?.[1]?.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}
