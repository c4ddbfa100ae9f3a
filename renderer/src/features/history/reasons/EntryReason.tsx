import { useState } from 'react';
import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUndo } from '../../../undo/UndoContext';
import { reasonCommand } from './reasonCommand';
import { ReasonPrompt } from './ReasonPrompt';

/**
 * Under a history entry that has no reason: for one made by an edit that named itself (a change
 * id), the way to add the reason later, when the notice after the change is long gone. The
 * reason goes to every entry of that edit, as from the notice.
 */
export function EntryReason({ changeId }: { changeId: string | null }) {
  const { t } = useTranslation();
  const { perform } = useUndo();
  const [writing, setWriting] = useState(false);
  if (writing && changeId) {
    return (
      <div style={{ maxWidth: 480 }}>
        <ReasonPrompt
          onCancel={() => setWriting(false)}
          onSave={async (reason) => {
            const saved = await perform(reasonCommand(() => changeId, reason));
            if (saved) setWriting(false);
            return saved;
          }}
        />
      </div>
    );
  }
  return (
    <Group gap={8} mt={2}>
      <Text size="xs" c="dimmed">
        {t('history.noReason')}
      </Text>
      {changeId && (
        <Anchor component="button" size="xs" onClick={() => setWriting(true)} data-testid="entry-add-reason">
          {t('history.reason.add')}
        </Anchor>
      )}
    </Group>
  );
}
