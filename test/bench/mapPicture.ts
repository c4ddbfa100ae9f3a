/**
 * Timing of the map picture: the sample account's map (about 30 people, our team, departments,
 * notes and lines) drawn as SVG from its view, in each language. Run: `npx tsx test/bench/mapPicture.ts`.
 * Prints one line a language: `picture lang=en people=30 svg_ms=… (first …) bytes=…`, the median of
 * several runs after a warm-up. The PNG is this SVG drawn onto a canvas by the browser.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import i18next from 'i18next';
import { startBackend } from '../../electron/backend/backend';
import { RESOURCES } from '../../shared/i18n';
import { LANGUAGES } from '../../shared/domain/enums';
import type { MapView } from '../../shared/api/entities';
import { renderMapSvg } from '../../renderer/src/features/mapPicture/renderSvg';

const RUNS = 21;

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-bench-picture-'));
  const backend = startBackend(path.join(dir, 'powermap.sqlite'), {
    version: 'bench',
    log: () => {},
    autoBackups: false,
  });
  const strings = i18next.createInstance();
  await strings.init({
    lng: 'en',
    resources: Object.fromEntries(Object.entries(RESOURCES).map(([lng, res]) => [lng, { translation: res }])),
    interpolation: { escapeValue: false },
  });
  try {
    for (const language of LANGUAGES) {
      const call = <T>(method: string, input: unknown): T => {
        const outcome = backend.dispatch(method, input, 'owner');
        if (!outcome.ok) throw new Error(`${method}: ${outcome.error.message}`);
        return outcome.result as T;
      };
      const account = call<{ id: string }>('accounts.createSample', { language });
      const [map] = call<{ id: string }[]>('maps.list', { accountId: account.id });
      const view = call<MapView>('exports.mapView', { mapId: map?.id, includePrivate: false });
      const t = (key: string, options?: Record<string, unknown>) => strings.t(key, { ...options, lng: language });
      const times: number[] = [];
      let bytes = 0;
      for (let run = 0; run < RUNS; run++) {
        const started = performance.now();
        bytes = renderMapSvg(view, { t }).svg.length;
        times.push(performance.now() - started);
      }
      const first = times[0] ?? 0;
      const median = [...times].sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? 0;
      console.log(
        `picture lang=${language} people=${view.people.length} svg_ms=${median.toFixed(1)} (first ${first.toFixed(1)}) bytes=${bytes}`,
      );
    }
  } finally {
    backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
