import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test } from './fixtures';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core's critical and serious WCAG 2.1 AA findings over several stops, each listed once with where it was first seen. */
export class Findings {
  private readonly seen = new Map<string, string>();

  /** Audits the page, or only the part of it `within` selects (a dialog over a page audited already). */
  async audit(page: Page, where: string, within?: string): Promise<void> {
    const builder = new AxeBuilder({ page }).withTags(WCAG_21_AA);
    const results = await (within ? builder.include(within) : builder).analyze();
    // What axe read, to look at beside its findings.
    await page.screenshot({ path: test.info().outputPath(`${where.replace(/[^\w]+/g, '-')}.png`) });
    for (const violation of results.violations) {
      if (violation.impact !== 'critical' && violation.impact !== 'serious') continue;
      for (const node of violation.nodes) {
        const target = node.target.join(' ');
        const key = `${violation.id} ${target}`;
        if (this.seen.has(key)) continue;
        const why = node.failureSummary?.split('\n').slice(1).join(' ').trim() ?? violation.help;
        const html = node.html.length > 160 ? `${node.html.slice(0, 160)}…` : node.html;
        this.seen.set(key, `${where} · ${violation.id} · ${html}\n      ${why}`);
      }
    }
  }

  list(): string[] {
    return [...this.seen.values()];
  }
}
