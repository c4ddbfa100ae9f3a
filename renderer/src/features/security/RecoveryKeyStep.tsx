import { Button, Code, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  recoveryKey: string;
  typedBack: string;
  onTypedBack(value: string): void;
  error: string | null;
  busy: boolean;
  /** What the submit button does (encrypt, change the passphrase). */
  submitLabel: string;
  onBack(): void;
}

/**
 * The recovery key shown once, and typed back to prove it was saved. The form around it sends
 * the confirmed key with whatever it asks for.
 */
export function RecoveryKeyStep({ recoveryKey, typedBack, onTypedBack, error, busy, submitLabel, onBack }: Props) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Text fw={600}>{t('security.enable.recoveryTitle')}</Text>
      <Text size="sm">{t('security.enable.recoveryBody')}</Text>
      <Group wrap="nowrap" align="center">
        <Code
          block
          fz="md"
          style={{ flex: 1, whiteSpace: 'normal', overflowWrap: 'anywhere' }}
          data-testid="recovery-key"
        >
          {recoveryKey}
        </Code>
        <CopyButton value={recoveryKey}>
          {({ copied, copy }) => (
            <Button variant="light" onClick={copy}>
              {copied ? t('security.enable.copied') : t('security.enable.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <TextInput
        label={t('security.enable.confirm')}
        value={typedBack}
        onChange={(event) => onTypedBack(event.currentTarget.value)}
        error={error}
        autoComplete="off"
        spellCheck={false}
        data-autofocus
        data-testid="recovery-key-confirm"
      />
      {busy && (
        <Text size="sm" role="status">
          {t('security.enable.working')}
        </Text>
      )}
      <Group justify="space-between">
        <Button variant="default" onClick={onBack} disabled={busy}>
          {t('security.enable.back')}
        </Button>
        <Button type="submit" loading={busy} data-testid="recovery-key-submit">
          {submitLabel}
        </Button>
      </Group>
    </Stack>
  );
}
