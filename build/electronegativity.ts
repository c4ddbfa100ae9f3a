/**
 * `npm run lint` runs this after ESLint: Electronegativity (Electron security checks, offline) over
 * the desktop shell and the renderer. Any finding not reviewed in electronegativity.config.ts
 * fails, and so does a reviewed entry that no longer matches a finding, so the list stays true.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { EXCLUDED_CHECKS, REVIEWED_FINDINGS } from './electronegativity.config';

/** What it reads: both sides of the app, and package.json for the Electron version it assumes. */
const SCANNED = ['electron', 'renderer/index.html', 'renderer/src', 'package.json'];

interface Finding {
  check: string;
  file: string;
  line: number;
  message: string;
}

interface Sarif {
  runs: {
    results: {
      ruleId: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine?: number } } }[];
    }[];
  }[];
}

function scan(): Finding[] {
  const cli = createRequire(import.meta.url).resolve('@doyensec/electronegativity/dist/index.js');
  // A copy, because it walks every folder under its input (node_modules too) before filtering.
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-electronegativity-'));
  try {
    for (const part of SCANNED) fs.cpSync(part, path.join(copy, part), { recursive: true });
    const report = path.join(copy, 'report.sarif');
    const run = spawnSync(
      process.execPath,
      [cli, '-i', copy, '-r', '-o', report, '-x', Object.keys(EXCLUDED_CHECKS).join(',')],
      { encoding: 'utf8', env: { ...process.env, LANG: 'en-US' } },
    );
    if (run.status !== 0 || !fs.existsSync(report)) {
      throw new Error(`electronegativity failed (exit ${run.status}):\n${run.stdout}${run.stderr}`);
    }
    const sarif = JSON.parse(fs.readFileSync(report, 'utf8')) as Sarif;
    return sarif.runs.flatMap((sarifRun) =>
      sarifRun.results.map((result) => {
        const where = result.locations[0]?.physicalLocation;
        return {
          check: result.ruleId,
          file: where?.artifactLocation.uri ?? '',
          line: where?.region?.startLine ?? 0,
          message: result.message.text,
        };
      }),
    );
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
}

const findings = scan();
const isReviewed = (finding: Finding) =>
  REVIEWED_FINDINGS.some((reviewed) => reviewed.check === finding.check && reviewed.file === finding.file);
const unreviewed = findings.filter((finding) => !isReviewed(finding));
const stale = REVIEWED_FINDINGS.filter(
  (reviewed) => !findings.some((finding) => finding.check === reviewed.check && finding.file === reviewed.file),
);

for (const finding of unreviewed) {
  console.error(`electronegativity: ${finding.check} at ${finding.file}:${finding.line}: ${finding.message}`);
}
for (const reviewed of stale) {
  console.error(
    `electronegativity: ${reviewed.check} in ${reviewed.file} is no longer found; remove it from the config`,
  );
}
if (unreviewed.length > 0 || stale.length > 0) {
  console.error('Fix each finding, or review it in build/electronegativity.config.ts with the reason it is safe.');
  process.exit(1);
}
console.log(`electronegativity: no unreviewed findings (${findings.length} reviewed)`);
