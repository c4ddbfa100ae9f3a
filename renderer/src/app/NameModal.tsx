import { useState } from 'react';
import { Button, Group, Modal, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MethodName } from '../../../shared/api/contract';
import { TEXT_LIMITS } from '../../../shared/api/text';
import { useIssueText, valueIssues } from './issueText';

interface Props {
  opened: boolean;
  title: string;
  /** The call the name is for, and where the name sits in its input: the contract checks it. */
  method: MethodName;
  path?: string;
  label: string;
  placeholder?: string;
  submitLabel: string;
  initialName: string;
  onClose(): void;
  onSubmit(name: string): Promise<void>;
}

/** Asks for one name (an account, a team member, a department), checked by the contract's rule for that call. */
export function NameModal({ opened, title, onClose, ...form }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      {/* Mounted afresh each time the dialog opens, so it starts from the current name. */}
      {opened && <NameForm onClose={onClose} {...form} />}
    </Modal>
  );
}

function NameForm({
  method,
  path = 'name',
  label,
  placeholder,
  submitLabel,
  initialName,
  onClose,
  onSubmit,
}: Omit<Props, 'opened' | 'title'>) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const [name, setName] = useState(initialName);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const [issue] = valueIssues(method, path, name);
    if (issue) {
      setError(issueText(issue, { method }));
      return;
    }
    setBusy(true);
    try {
      await onSubmit(name.trim());
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
        maxLength={TEXT_LIMITS.name}
        data-testid="name-input"
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
