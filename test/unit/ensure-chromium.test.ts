import { describe, expect, it } from 'vitest';
import { DEBIAN_CHROMIUM, ensureChromium, ensurePdfTools, findChromium, type ChromiumHost } from '../../build/chromium';

/**
 * The machine is described, not changed: which files exist, who we are, which commands there are
 * and what installing does. `installs` says which file a successful command puts in place.
 */
const PLAYWRIGHT_CHROMIUM = '/root/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';

interface Machine {
  platform?: NodeJS.Platform;
  chosen?: string;
  files?: string[];
  isRoot?: boolean;
  commands?: string[];
  /** The first word of a command line that succeeds, and the file it leaves behind. */
  installs?: Record<string, string | null>;
  playwrightKnowsItsChromium?: boolean;
}

function host(machine: Machine): ChromiumHost & { ran: string[]; logged: string[] } {
  const files = new Set(machine.files ?? []);
  const ran: string[] = [];
  const logged: string[] = [];
  return {
    platform: machine.platform ?? 'linux',
    chosen: machine.chosen,
    exists: (file) => files.has(file),
    playwrightChromium: () => (machine.playwrightKnowsItsChromium === false ? undefined : PLAYWRIGHT_CHROMIUM),
    isRoot: machine.isRoot ?? false,
    hasCommand: (name) => (machine.commands ?? []).includes(name),
    run(command, args) {
      const line = [command === process.execPath ? 'node' : command, ...args].join(' ');
      ran.push(line);
      const key = Object.keys(machine.installs ?? {}).find((prefix) => line.includes(prefix));
      if (key === undefined) return false;
      const file = machine.installs?.[key];
      if (file) files.add(file);
      return true;
    },
    log: (line) => logged.push(line),
    ran,
    logged,
  };
}

const APT_INSTALL = 'apt-get install -y -qq chromium fonts-noto-cjk';
const PLAYWRIGHT_INSTALL = 'install chromium';

describe('finding the Chromium of the end-to-end tests', () => {
  it('takes the browser named by POWERMAP_CHROMIUM over any other, installing nothing', () => {
    const machine = host({ chosen: '/opt/chromium/chrome', files: ['/opt/chromium/chrome', DEBIAN_CHROMIUM] });
    expect(ensureChromium(machine)).toEqual({ path: '/opt/chromium/chrome', source: 'POWERMAP_CHROMIUM' });
    expect(machine.ran).toEqual([]);
  });

  it('stops, naming the variable, when POWERMAP_CHROMIUM points at nothing, rather than pick another', () => {
    const machine = host({ chosen: '/opt/gone', files: [DEBIAN_CHROMIUM], isRoot: true, commands: ['apt-get'] });
    const outcome = ensureChromium(machine);
    expect(outcome).toEqual({ problem: expect.stringContaining('POWERMAP_CHROMIUM is /opt/gone') });
    expect(machine.ran).toEqual([]);
  });

  it("uses Debian's Chromium where it is installed", () => {
    const machine = host({ files: [DEBIAN_CHROMIUM, PLAYWRIGHT_CHROMIUM] });
    expect(ensureChromium(machine)).toEqual({ path: DEBIAN_CHROMIUM, source: 'Debian' });
    expect(machine.ran).toEqual([]);
  });

  it('uses a Chromium Playwright downloaded before', () => {
    const machine = host({ files: [PLAYWRIGHT_CHROMIUM], isRoot: true, commands: ['apt-get'] });
    expect(ensureChromium(machine)).toEqual({ path: PLAYWRIGHT_CHROMIUM, source: 'Playwright' });
    expect(machine.ran).toEqual([]);
  });

  it('looks for nothing in /usr/bin on macOS', () => {
    expect(findChromium(host({ platform: 'darwin', files: [DEBIAN_CHROMIUM] }))).toBeNull();
  });
});

describe('installing one where none is found', () => {
  it("installs Debian's Chromium and CJK fonts when root with apt, and downloads nothing", () => {
    const machine = host({
      isRoot: true,
      commands: ['apt-get'],
      installs: { 'apt-get update': null, [APT_INSTALL]: DEBIAN_CHROMIUM },
    });
    expect(ensureChromium(machine)).toEqual({ path: DEBIAN_CHROMIUM, source: 'Debian' });
    expect(machine.ran).toEqual(['apt-get update -qq', APT_INSTALL]);
  });

  it("falls back to Playwright's download when apt fails", () => {
    const machine = host({
      isRoot: true,
      commands: ['apt-get'],
      installs: { [PLAYWRIGHT_INSTALL]: PLAYWRIGHT_CHROMIUM },
    });
    expect(ensureChromium(machine)).toEqual({ path: PLAYWRIGHT_CHROMIUM, source: 'Playwright' });
    expect(machine.ran).toEqual(['apt-get update -qq', expect.stringContaining(PLAYWRIGHT_INSTALL)]);
  });

  it('never runs apt without root: it downloads with Playwright instead', () => {
    const machine = host({ commands: ['apt-get'], installs: { [PLAYWRIGHT_INSTALL]: PLAYWRIGHT_CHROMIUM } });
    expect(ensureChromium(machine)).toEqual({ path: PLAYWRIGHT_CHROMIUM, source: 'Playwright' });
    expect(machine.ran).toEqual([expect.stringMatching(/^node .*@playwright.test.cli\.js install chromium$/)]);
  });

  it('stops with one line telling a user without root to use sudo apt-get or Playwright', () => {
    const machine = host({ commands: ['apt-get'] });
    const outcome = ensureChromium(machine);
    if (!('problem' in outcome)) throw new Error('expected no browser');
    expect(outcome.problem).not.toContain('\n');
    expect(outcome.problem).toContain('"sudo apt-get install chromium fonts-noto-cjk"');
    expect(outcome.problem).toContain('"npx playwright install chromium"');
    expect(outcome.problem).toContain('POWERMAP_CHROMIUM');
  });

  it('stops when a download succeeds but leaves no browser where Playwright said it would be', () => {
    const machine = host({ installs: { [PLAYWRIGHT_INSTALL]: null }, playwrightKnowsItsChromium: false });
    expect(ensureChromium(machine)).toEqual({ problem: expect.stringContaining('No Chromium') });
  });

  it('on macOS and Windows offers only Playwright, and never apt', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const machine = host({ platform, isRoot: true, commands: ['apt-get'] });
      const outcome = ensureChromium(machine);
      expect(machine.ran).toEqual([expect.stringContaining(PLAYWRIGHT_INSTALL)]);
      expect(outcome).toEqual({ problem: expect.not.stringContaining('apt-get') });
    }
  });
});

describe('the PDF tools the account-review test reads with', () => {
  it('are used as they are when pdftotext and pdfinfo are there', () => {
    const machine = host({ commands: ['apt-get', 'pdftotext', 'pdfinfo'], isRoot: true });
    expect(ensurePdfTools(machine)).toBeNull();
    expect(machine.ran).toEqual([]);
  });

  it('without root, say in one line what to run and install nothing', () => {
    const machine = host({ commands: ['apt-get'] });
    expect(ensurePdfTools(machine)).toEqual({
      problem: 'No pdftotext for the PDF checks: run "sudo apt-get install poppler-utils" (or install poppler).',
    });
    expect(machine.ran).toEqual([]);
  });

  it('as root with apt, are installed', () => {
    const machine = host({ commands: ['apt-get'], isRoot: true, installs: { 'apt-get install': null } });
    ensurePdfTools(machine);
    expect(machine.ran).toEqual(['apt-get install -y -qq poppler-utils']);
  });
});
