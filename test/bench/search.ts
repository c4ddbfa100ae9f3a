/**
 * Search speed over a large file: fills a temp database with 100,000 mixed
 * Chinese and English interaction notes across 50 accounts of 200 people, then times typical
 * queries as a user types them and prints
 *   search notes=100000 p50_ms=… p95_ms=…
 * Lines starting with # give the per-query medians and how long indexing took.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../electron/backend/db/connection';
import { searchAll } from '../../electron/backend/services/search';

const NOTES = 100_000;
const ACCOUNTS = 50;
const PEOPLE_PER_ACCOUNT = 200;
const ROUNDS = 15;

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '军', '洋', '勇', '艳', '杰', '涛', '明', '超'];
const TITLES_ZH = ['总', '经理', '主任', '总监', '处长', '工程师'];
const ENGLISH_NAMES = ['Alice Chen', 'Brian Wong', 'Carol Li', 'David Zhang', 'Emma Liu', 'Frank Wu', 'Grace Sun'];
const ZH_PHRASES = [
  '讨论了采购流程和预算审批',
  '对我们的方案持保留意见',
  '希望下周安排一次技术交流',
  '招标文件预计月底发布',
  '关心项目的交付周期和售后服务',
  '提到竞争对手报价更低',
  '同意推动试点项目立项',
  '介绍了信息化部门的组织调整',
  '午饭时聊到孩子的升学问题',
  '要求补充成功案例和参考客户',
  '财务部对付款条件有顾虑',
  '答应帮我们引荐分管副总',
];
const EN_PHRASES = [
  'discussed the procurement timeline and budget approval',
  'asked for a reference customer in manufacturing',
  'worried about the migration risk and downtime',
  'wants a pilot before the steering committee meets',
  'mentioned that the competitor offered a lower price',
  'agreed to introduce us to the CFO',
  'follow up on the security review next week',
  'the tender will be published at the end of the month',
];
const QUERIES = [
  '王总',
  '采购',
  '预算审批',
  '招标文件',
  '技术交流',
  'procurement',
  'budget approval',
  'pilot',
  '张伟',
  'Alice Chen',
  'CFO',
  '李经理',
];

let seed = 7;
const random = (): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const zhName = (): string => pick(SURNAMES) + pick(GIVEN) + (random() < 0.5 ? pick(GIVEN) : '');

function note(): string {
  const parts: string[] = [];
  const sentences = 1 + Math.floor(random() * 3);
  for (let i = 0; i < sentences; i++) {
    if (random() < 0.6) parts.push(`${pick(SURNAMES)}${pick(TITLES_ZH)}${pick(ZH_PHRASES)}。`);
    else parts.push(`${pick(ENGLISH_NAMES)} ${pick(EN_PHRASES)}.`);
  }
  return parts.join(' ');
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-search-bench-'));
try {
  const db = openDatabase(path.join(dir, 'powermap.sqlite'));
  const now = new Date().toISOString();
  const started = performance.now();
  db.transaction(() => {
    const account = db.prepare('INSERT INTO accounts (id, name, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    const person = db.prepare(
      'INSERT INTO people (id, account_id, name, title, private_notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const interaction = db.prepare(
      `INSERT INTO interactions (id, account_id, occurred_at, scenario, summary, notes, created_at, updated_at)
       VALUES (?, ?, ?, 'work_daily', ?, ?, ?, ?)`,
    );
    const accountIds: string[] = [];
    for (let a = 0; a < ACCOUNTS; a++) {
      const id = crypto.randomUUID();
      accountIds.push(id);
      account.run(
        id,
        `${pick(['华东', '华北', '华南', '西部'])}${pick(['电力', '银行', '制造', '医药'])}集团 ${a}`,
        note(),
        now,
        now,
      );
      for (let p = 0; p < PEOPLE_PER_ACCOUNT; p++) {
        const name = random() < 0.8 ? zhName() : pick(ENGLISH_NAMES);
        person.run(
          crypto.randomUUID(),
          id,
          name,
          pick(['采购经理', 'CIO', '财务总监', 'IT Manager', '信息中心主任']),
          note(),
          now,
          now,
        );
      }
    }
    for (let n = 0; n < NOTES; n++) {
      interaction.run(crypto.randomUUID(), pick(accountIds), now, note().slice(0, 30), note(), now, now);
    }
  })();
  const indexedMs = performance.now() - started;

  const timings: number[] = [];
  const perQuery = new Map<string, number[]>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of QUERIES) {
      const t0 = performance.now();
      searchAll(db, query, 20);
      const ms = performance.now() - t0;
      if (round === 0) continue; // the first round warms the page cache and statement cache
      timings.push(ms);
      perQuery.set(query, [...(perQuery.get(query) ?? []), ms]);
    }
  }
  db.close();
  if (process.env.KEEP_DB) fs.copyFileSync(path.join(dir, 'powermap.sqlite'), process.env.KEEP_DB);
  const quantile = (values: number[], q: number): number => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  };
  console.log(
    `# search: ${NOTES} notes and ${ACCOUNTS * PEOPLE_PER_ACCOUNT} people written and indexed in ${Math.round(indexedMs)} ms`,
  );
  for (const [query, values] of perQuery) console.log(`# search "${query}" p50_ms=${quantile(values, 0.5).toFixed(2)}`);
  console.log(
    `search notes=${NOTES} p50_ms=${quantile(timings, 0.5).toFixed(2)} p95_ms=${quantile(timings, 0.95).toFixed(2)}`,
  );
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
