import { useState } from 'react';
import { Button, Group, Modal, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Name } from '../../../shared/api/entities';

interface Props {
  opened: boolean;
  title: string;
  label: string;
  placeholder?: string;
  submitLabel: string;
  initialName: string;
  onClose(): void;
  onSubmit(name: string): Promise<void>;
}

/** Asks for one name (an account, a team member, a department), checked by the contract's rule. */
export function NameModal({ opened, title, onClose, ...form }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      {/* Mounted afresh each time the dialog opens, so it starts from the current name. */}
      {opened && <NameForm onClose={onClose} {...form} />}
    </Modal>
  );
}

function NameForm({
  label,
  placeholder,
  submitLabel,
  initialName,
  onClose,
  onSubmit,
}: Omit<Props, 'opened' | 'title'>) {
  const { t } = useTranslation();
  const [name, setName] = useState(initialName);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const parsed = Name.safeParse(name);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? t('errors.invalid_input'));
      return;
    }
    setBusy(true);
    try {
      await onSubmit(parsed.data);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <TextInput
        label={label}
        placeholder={placeholder}
        value={name}
        onChange={(event) => {
          setName(event.currentTarget.value);
          setError(null);
        }}
        error={error}
        data-autofocus
        maxLength={200}
      />
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={busy}>
          {submitLabel}
        </Button>
      </Group>
    </form>
  );
}
