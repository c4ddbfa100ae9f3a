/**
 * Electronegativity's findings on the desktop shell that were reviewed and are kept, each with
 * the reason it is safe, and the checks not run at all. build/electronegativity.ts fails lint on
 * any finding not listed here, and on an entry here that no longer matches a finding.
 */
export interface ReviewedFinding {
  check: string;
  /** Relative to the repository root. */
  file: string;
  reason: string;
}

/** By class name, as Electronegativity's --exclude-checks takes them. */
export const EXCLUDED_CHECKS: Record<string, string> = {
  // It asks GitHub for Electron's release list on every run, and lint runs offline. Electron's
  // version is pinned by package-lock.json and updated through npm like every dependency.
  AvailableSecurityFixesGlobalCheck: 'needs the network',
};

export const REVIEWED_FINDINGS: ReviewedFinding[] = [
  {
    check: 'ELECTRON_VERSION_JSON_CHECK',
    file: 'package.json',
    // Informational: the Electron version it read (45), from which its other checks take
    // Electron's defaults (contextIsolation, sandbox, no remote module).
    reason: 'reports the Electron version, no issue',
  },
  {
    check: 'CSP_GLOBAL_CHECK',
    file: 'electron/main/window.ts',
    // "Failed to parse CSP": the header value is a function call it cannot evaluate. The policy is
    // built in electron/backend/http/content-security-policy.ts and checked by
    // test/integration/http-csp-nonce.test.ts, app-protocol-files.test.ts and the e2e spec
    // content-security-policy.spec.ts (no 'unsafe-inline', no eval, nonce per load).
    reason: 'the policy is computed; its content is tested elsewhere',
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'electron/main/window.ts',
    // shell.openExternal runs only for URLs that shared/domain/externalLinks.ts accepts (web and
    // mail links of a note), never for file: or custom schemes; test/unit/external-links.test.ts.
    reason: 'only http(s) and mailto links pass isExternalLink',
  },
  {
    check: 'AUXCLICK_JS_CHECK',
    file: 'electron/main/window.ts',
    // A middle-click on a link asks for a new window, and setWindowOpenHandler denies every new
    // window (an external link goes to the system browser instead); will-navigate refuses any
    // address but the app's page.
    reason: 'new windows are denied and navigation is limited to the app page',
  },
  {
    check: 'PRELOAD_JS_CHECK',
    file: 'electron/main/window.ts',
    // The preload (electron/preload/index.ts) is sandboxed and exposes through contextBridge only
    // call(method, input) for contract method names and onMenuCommand for known commands; the
    // main process checks every IPC sender (electron/main/ipc.ts).
    reason: 'the sandboxed preload exposes two narrow functions',
  },
];
