import { PasswordInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/** The contract's least length of a new passphrase, checked here too so the form says it at once. */
const MIN_LENGTH = 8;

/** What is wrong with a new passphrase typed twice, in the user's words; null when nothing is. */
export function newPassphraseProblem(t: TFunction, value: string, repeat: string): string | null {
  if (value.length < MIN_LENGTH) return t('validation.specific.security.newPassphrase.too_short', { min: MIN_LENGTH });
  if (value !== repeat) return t('security.enable.mismatch');
  return null;
}

interface Props {
  label: string;
  repeatLabel: string;
  value: string;
  repeat: string;
  onChange(value: string): void;
  onRepeatChange(value: string): void;
  error: string | null;
  autoFocus?: boolean;
  /** Test ids of the two fields. */
  testIds: [string, string];
}

/** A new passphrase and the same typed again, with the hint on choosing one. */
export function NewPassphraseFields(props: Props) {
  const { t } = useTranslation();
  return (
    <>
      <PasswordInput
        label={props.label}
        description={t('security.enable.passphraseHint')}
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value)}
        autoComplete="new-password"
        data-autofocus={props.autoFocus || undefined}
        data-testid={props.testIds[0]}
      />
      <PasswordInput
        label={props.repeatLabel}
        value={props.repeat}
        onChange={(event) => props.onRepeatChange(event.currentTarget.value)}
        error={props.error}
        autoComplete="new-password"
        data-testid={props.testIds[1]}
      />
    </>
  );
}
