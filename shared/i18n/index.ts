import type { Language } from '../domain/enums';
import { en, type Resources } from './en';
import { zhCN } from './zh-CN';

export const RESOURCES: Record<Language, Resources> = { en, 'zh-CN': zhCN };

/** Chinese in any script or region gets 简体中文; every other language gets English. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const language = tag.toLowerCase().split(/[-_]/)[0];
    if (language === 'zh') return 'zh-CN';
    if (language === 'en') return 'en';
  }
  return 'en';
}
