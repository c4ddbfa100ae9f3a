/**
 * Timing of the org-chart layout (the aim: 2,000 people in under
 * 100 ms). Run: `npx tsx test/bench/layout.ts [N ...]` (default 300 500 1000 2000). Prints one line a
 * size: the median layout time over several runs (plus the first, cold call and the slowest run), and as a baseline measured in the same run the
 * median time to sort the same N people by name and org unit, with the ratio of the two.
 * It also prints the zoom at which Fit shows the whole chart on the canvas of a 1400 × 850 window
 * with the side panels open (`fit_zoom`), the classic tree's for comparison (`tidy_fit_zoom`), and
 * whether the names can be read there (`names_readable`: the far-zoom card's 30 px name drawn at
 * least 8 px high, i.e. a zoom of at least 0.27).
 */
import { layoutBounds, layoutOrgChart, layoutTidyTree, type OrgChartInput } from '../../shared/domain/orgChartLayout';

/** The map canvas in a 1400 × 850 window with the side panels open (measured in web mode). */
const CANVAS = { width: 1100, height: 730 };
/** React Flow's Fit with the canvas's padding of 0.2: the chart fills 1 / 1.2 of each side. */
const FIT_PADDING = 1.2;
const READABLE_ZOOM = 8 / 30;

function fitZoom(positions: ReturnType<typeof layoutOrgChart>): number {
  const bounds = layoutBounds(positions);
  return Math.min(CANVAS.width / (bounds.width * FIT_PADDING), CANVAS.height / (bounds.height * FIT_PADDING));
}

const RUNS = 31;
const WARMUP = 10;

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A company-shaped organisation: a CEO, managers with 2–9 reports each, one org unit per ~25
 * people, 5 % of people with a second (dotted-line) manager, 3 % with no manager and no reports.
 */
function organisation(n: number, seed = 42): OrgChartInput & { names: string[] } {
  const rnd = random(seed);
  const units = Array.from({ length: Math.max(1, Math.round(n / 25)) }, (_, i) => `unit-${i}`);
  const people: OrgChartInput['people'][number][] = [];
  const reportsTo: { reportId: string; managerId: string }[] = [];
  const names: string[] = [];
  const managers: number[] = [0];
  let openSlots = 2 + Math.floor(rnd() * 8);
  let current = 0;
  for (let i = 0; i < n; i++) {
    const unit = i === 0 ? null : units[Math.floor(rnd() * units.length)]!;
    people.push({ id: `p${i}`, orgUnitId: unit });
    names.push(`name-${Math.floor(rnd() * 1e9)}`);
    if (i === 0) continue;
    if (rnd() < 0.03) continue; // loner
    reportsTo.push({ reportId: `p${i}`, managerId: `p${managers[current]!}` });
    managers.push(i);
    if (--openSlots === 0) {
      current++;
      openSlots = 2 + Math.floor(rnd() * 8);
    }
  }
  const extras = Math.round(n * 0.05);
  for (let k = 0; k < extras; k++) {
    reportsTo.push({ reportId: `p${Math.floor(rnd() * n)}`, managerId: `p${Math.floor(rnd() * n)}` });
  }
  return { people, reportsTo, orgUnitOrder: units.slice().reverse(), names };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function bench(n: number): string {
  const input = organisation(n);
  const rows = input.people.map((p, i) => ({ id: p.id, unit: p.orgUnitId ?? '', name: input.names[i]! }));
  const sortPeople = () =>
    [...rows].sort((a, b) =>
      a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
  // The first call on this input, before the warm-up (the very first size also pays for JIT start-up).
  const first = time(() => layoutOrgChart(input));
  let placed = 0;
  for (let i = 0; i < WARMUP; i++) {
    placed = layoutOrgChart(input).size;
    sortPeople();
  }
  if (placed !== n) throw new Error(`layout placed ${placed} of ${n} people`);
  const layoutTimes: number[] = [];
  const sortTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    layoutTimes.push(time(() => layoutOrgChart(input)));
    sortTimes.push(time(sortPeople));
  }
  const ms = median(layoutTimes);
  const baseline = median(sortTimes);
  const zoom = fitZoom(layoutOrgChart(input));
  const tidyZoom = fitZoom(layoutTidyTree(input));
  return `layout N=${n} ms=${ms.toFixed(2)} first_ms=${first.toFixed(2)} max_ms=${Math.max(...layoutTimes).toFixed(2)} baseline_sort_ms=${baseline.toFixed(2)} ratio=${(ms / baseline).toFixed(1)} fit_zoom=${zoom.toFixed(3)} tidy_fit_zoom=${tidyZoom.toFixed(3)} names_readable=${zoom >= READABLE_ZOOM ? 'yes' : 'no'}`;
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
for (const n of sizes.length > 0 ? sizes : [300, 500, 1000, 2000]) console.log(bench(n));
