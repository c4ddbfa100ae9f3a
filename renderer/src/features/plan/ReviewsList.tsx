import { ActionIcon, Card, Group, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Review } from '../../../../shared/api/methods/plan';
import { useFormatDate } from './format';

interface Props {
  reviews: readonly Review[];
  onEdit(review: Review): void;
  onDelete(review: Review): void;
}

/** Review checkpoints, latest first: what was evaluated and what was decided. */
export function ReviewsList({ reviews, onEdit, onDelete }: Props) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <Stack gap="xs" data-testid="reviews">
      {reviews.map((review) => (
        <Card key={review.id} withBorder padding="sm" data-testid="review-card">
          <Group justify="space-between" mb={4}>
            <Text fw={600} size="sm">
              {formatDate(review.heldOn)}
            </Text>
            <Group gap={2} data-no-print>
              <Tooltip label={t('plan.edit')}>
                <ActionIcon variant="subtle" size="sm" aria-label={t('plan.edit')} onClick={() => onEdit(review)}>
                  <IconPencil size={14} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label={t('plan.remove')}>
                <ActionIcon
                  variant="subtle"
                  size="sm"
                  color="red"
                  aria-label={t('plan.remove')}
                  onClick={() => onDelete(review)}
                >
                  <IconTrash size={14} />
                </ActionIcon>
              </Tooltip>
            </Group>
          </Group>
          <SimpleGrid cols={2} spacing="md">
            <div>
              <Text size="xs" c="dimmed" fw={600}>
                {t('plan.columns.evaluated')}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {review.evaluated || t('plan.none')}
              </Text>
            </div>
            <div>
              <Text size="xs" c="dimmed" fw={600}>
                {t('plan.columns.decided')}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {review.decided || t('plan.none')}
              </Text>
            </div>
          </SimpleGrid>
        </Card>
      ))}
    </Stack>
  );
}
