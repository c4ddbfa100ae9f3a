import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { LanguageSetting } from '../../shared/api/entities';
import type { Language } from '../../shared/domain/enums';
import { pickLanguage, RESOURCES } from '../../shared/i18n';

export const systemLanguage = (): Language => pickLanguage(navigator.languages ?? [navigator.language]);

function applySideEffects(language: Language): void {
  document.documentElement.lang = language;
}

export async function initI18n(): Promise<void> {
  const language = systemLanguage();
  applySideEffects(language);
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: Object.fromEntries(Object.entries(RESOURCES).map(([lng, res]) => [lng, { translation: res }])),
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

/** Switches every string live, without a reload. */
export async function applyLanguageSetting(setting: LanguageSetting): Promise<void> {
  const language = setting === 'system' ? systemLanguage() : setting;
  if (i18next.language === language) return;
  applySideEffects(language);
  await i18next.changeLanguage(language);
}

export { i18next };
