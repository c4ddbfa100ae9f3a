import { useState } from 'react';
import { ActionIcon, Button, Checkbox, Group, Modal, SegmentedControl, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { usePresenting } from '../../api/scope';
import { reportError } from '../../app/notify';
import { reviewHash, type Paper } from '../../../../shared/domain/reviewRoute';

/**
 * "Account review (PDF)": paper size and private notes (off unless ticked), then the PDF. The
 * desktop app prints the review page to a PDF file and asks where to save it; a browser opens
 * the review in a new tab and its print dialog, where "Save as PDF" makes the file.
 */
export function ReviewButton({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const presenting = usePresenting();
  const [opened, setOpened] = useState(false);
  const [paper, setPaper] = useState<Paper>('a4');
  const [includePrivate, setIncludePrivate] = useState(false);
  const [working, setWorking] = useState(false);
  // On a shared screen nothing private may even be offered.
  const withPrivate = includePrivate && !presenting;

  const open = () => {
    setIncludePrivate(false);
    setOpened(true);
  };
  const create = async () => {
    const request = { accountId, paper, includePrivate: withPrivate };
    const bridge = window.powermap;
    if (bridge) {
      setWorking(true);
      try {
        const saved = await bridge.printReview(request);
        if (saved) notifications.show({ message: t('review.saved', { file: saved }), autoClose: 4000 });
        setOpened(false);
      } catch (error) {
        reportError(error);
      } finally {
        setWorking(false);
      }
      return;
    }
    // The new tab shares this one's session (and so its sign-in), as a tab opened by a page does.
    const tab = window.open(`${window.location.pathname}${reviewHash({ ...request, print: true })}`, '_blank');
    if (!tab) {
      notifications.show({ color: 'red', message: t('review.blocked') });
      return;
    }
    notifications.show({ message: t('review.opened'), autoClose: 5000 });
    setOpened(false);
  };

  return (
    <>
      <Tooltip label={t('review.button')}>
        <ActionIcon
          variant="default"
          size="lg"
          onClick={open}
          aria-label={t('review.button')}
          data-testid="review-button"
        >
          <IconFileTypePdf size={18} />
        </ActionIcon>
      </Tooltip>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('review.dialogTitle')}>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('review.dialogHelp')}
          </Text>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="review-paper-label">
              {t('review.paper')}
            </Text>
            <SegmentedControl
              aria-labelledby="review-paper-label"
              value={paper}
              onChange={(value) => setPaper(value as Paper)}
              data={[
                { value: 'a4', label: t('review.a4') },
                { value: 'letter', label: t('review.letter') },
              ]}
            />
          </Stack>
          {!presenting && (
            <Checkbox
              checked={includePrivate}
              onChange={(event) => setIncludePrivate(event.currentTarget.checked)}
              label={t('history.includePrivate')}
              description={t('review.privateHint')}
              data-testid="review-include-private"
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => void create()} loading={working} data-testid="review-create">
              {t('review.create')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
