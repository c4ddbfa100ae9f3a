import type { DeepStrings } from '../deepStrings';

/** Colour scheme and what assistive technology reads out; the zh-CN object below must have the same keys. */
export const accessibilityEn = {
  colorScheme: 'Appearance',
  colorSchemes: { auto: 'Same as the system', light: 'Light', dark: 'Dark' },
};

export const accessibilityZhCN: DeepStrings<typeof accessibilityEn> = {
  colorScheme: '外观',
  colorSchemes: { auto: '跟随系统', light: '浅色', dark: '深色' },
};
