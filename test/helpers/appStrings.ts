import i18next, { type i18n } from 'i18next';
import { RESOURCES } from '../../shared/i18n';

/** The app's own strings in every language, for tests that check translated output. */
export async function appStrings(): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: 'en',
    fallbackLng: false,
    resources: Object.fromEntries(Object.entries(RESOURCES).map(([lng, res]) => [lng, { translation: res }])),
    interpolation: { escapeValue: false },
  });
  return instance;
}
