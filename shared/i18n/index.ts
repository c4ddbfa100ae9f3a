import type { Language } from '../domain/enums';
import { en, type Resources } from './en';
import { zhCN } from './zh-CN';

export const RESOURCES: Record<Language, Resources> = { en, 'zh-CN': zhCN };

/** Chinese in any script or region gets 简体中文; every other language gets English. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}
