import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  onCancel(): void;
  onSave(): void;
  saveDisabled?: boolean;
  saveTestId: string;
}

/** Cancel and Save at the foot of a planning form. */
export function FormActions({ onCancel, onSave, saveDisabled, saveTestId }: Props) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button onClick={onSave} disabled={saveDisabled} data-testid={saveTestId}>
        {t('common.save')}
      </Button>
    </Group>
  );
}
