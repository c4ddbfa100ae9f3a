import path from 'node:path';
import { app, protocol, type Session } from 'electron';
import { APP_SCHEME, appFileResponse } from './app-files';

/**
 * Before `ready`: app:// behaves as a web origin of its own (standard, secure, fetch for the
 * image export's fonts), not as file://. No corsEnabled: no other origin may read from it.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** The built renderer, inside app.asar when packaged. */
export const rendererRoot = (): string => path.join(app.getAppPath(), 'out', 'renderer');

/** Once `ready`: serves the renderer's files on app:// in this session. */
export function serveAppProtocol(session: Session): void {
  const root = rendererRoot();
  session.protocol.handle(APP_SCHEME, (request) => appFileResponse(request, root));
}
