import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { BrowserType } from '@playwright/test';

/**
 * Which Chromium the end-to-end tests drive, and how a machine that has none gets one. The
 * decisions are pure functions of a `ChromiumHost`, so they are tested without touching the
 * machine; `systemHost` is the real one.
 */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const APT_PACKAGES = ['chromium', 'fonts-noto-cjk'];

export interface ChromiumHost {
  platform: NodeJS.Platform;
  /** The POWERMAP_CHROMIUM variable: a browser chosen by hand. */
  chosen: string | undefined;
  exists(file: string): boolean;
  /** Where the installed Playwright keeps the Chromium it downloads, if it can say. */
  playwrightChromium(): string | undefined;
  isRoot: boolean;
  hasCommand(name: string): boolean;
  /** Runs a command in the foreground; true when it succeeded. */
  run(command: string, args: string[]): boolean;
  log(line: string): void;
}

export type ChromiumSource = 'POWERMAP_CHROMIUM' | 'Debian' | 'Playwright';
export type Found = { path: string; source: ChromiumSource };
export type Missing = { problem: string };

const SOURCE_NAMES: Record<ChromiumSource, string> = {
  POWERMAP_CHROMIUM: 'the Chromium named by POWERMAP_CHROMIUM',
  Debian: 'Debian’s Chromium',
  Playwright: 'Playwright’s Chromium',
};
export const describeFound = (found: Found): string => `${SOURCE_NAMES[found.source]} (${found.path})`;

/** The browser already on the machine, a hand-picked one that is not there, or null. */
export function findChromium(host: ChromiumHost): Found | Missing | null {
  if (host.chosen) {
    return host.exists(host.chosen)
      ? { path: host.chosen, source: 'POWERMAP_CHROMIUM' }
      : { problem: `POWERMAP_CHROMIUM is ${host.chosen}, which does not exist: point it at a Chromium executable.` };
  }
  if (host.platform === 'linux' && host.exists(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM, source: 'Debian' };
  const downloaded = host.playwrightChromium();
  if (downloaded && host.exists(downloaded)) return { path: downloaded, source: 'Playwright' };
  return null;
}

const canUseApt = (host: ChromiumHost): boolean => host.platform === 'linux' && host.hasCommand('apt-get');

/** The one line that says what to run when no browser could be found or installed. */
export function whatToRun(host: ChromiumHost): string {
  const install = canUseApt(host)
    ? `"${host.isRoot ? '' : 'sudo '}apt-get install ${APT_PACKAGES.join(' ')}" or "npx playwright install chromium"`
    : '"npx playwright install chromium"';
  return `No Chromium for the end-to-end tests: run ${install}, or set POWERMAP_CHROMIUM to a Chromium executable.`;
}

/**
 * Finds a Chromium, else installs one where this machine allows it: Debian's package when we are
 * root with apt, then Playwright's download. Returns the browser, or the line to show instead.
 */
export function ensureChromium(host: ChromiumHost): Found | Missing {
  const present = findChromium(host);
  if (present) return present;
  if (canUseApt(host) && host.isRoot) {
    host.log(`Installing Debian's Chromium for the end-to-end tests (apt-get install ${APT_PACKAGES.join(' ')})`);
    if (host.run('apt-get', ['update', '-qq']) && host.run('apt-get', ['install', '-y', '-qq', ...APT_PACKAGES])) {
      const installed = findChromium(host);
      if (installed) return installed;
    }
  }
  host.log('Downloading Playwright’s Chromium for the end-to-end tests (npx playwright install chromium)');
  if (host.run(process.execPath, [playwrightCli(), 'install', 'chromium'])) {
    const downloaded = findChromium(host);
    if (downloaded) return downloaded;
  }
  return { problem: whatToRun(host) };
}

const playwrightCli = (): string => path.resolve(process.cwd(), 'node_modules', '@playwright', 'test', 'cli.js');

function onPath(name: string): boolean {
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .some((dir) => dir !== '' && fs.existsSync(path.join(dir, name)));
}

/** Playwright's own answer, loaded only when asked; it throws on a platform it has no build for. */
function playwrightChromium(): string | undefined {
  try {
    const { chromium } = createRequire(import.meta.url)('@playwright/test') as { chromium: BrowserType };
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** This machine. */
export function systemHost(): ChromiumHost {
  return {
    platform: process.platform,
    chosen: process.env.POWERMAP_CHROMIUM || undefined,
    exists: (file) => fs.existsSync(file),
    playwrightChromium,
    isRoot: process.getuid?.() === 0,
    hasCommand: onPath,
    run: (command, args) =>
      spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
        .status === 0,
    log: (line) => console.log(line),
  };
}

/**
 * The account-review test reads the PDF a user gets with poppler's pdftotext and pdfinfo: found
 * on the machine, else installed where apt may be used as root, else one line saying what to run.
 */
export function ensurePdfTools(host: ChromiumHost): Missing | null {
  if (host.hasCommand('pdftotext') && host.hasCommand('pdfinfo')) return null;
  if (canUseApt(host) && host.isRoot) {
    host.log('Installing poppler-utils for the PDF checks (apt-get install poppler-utils)');
    if (host.run('apt-get', ['install', '-y', '-qq', 'poppler-utils']) && host.hasCommand('pdftotext')) return null;
  }
  return {
    problem: `No pdftotext for the PDF checks: run "${canUseApt(host) && !host.isRoot ? 'sudo ' : ''}apt-get install poppler-utils" (or install poppler).`,
  };
}
