import { useEffect, useRef } from 'react';
import { Button, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  shown: number;
  total: number;
  hasMore: boolean;
  /** A page is on its way: a press now would ask for it twice. */
  busy: boolean;
  onLoadMore(): void;
}

/**
 * Under a timeline: how many of its contacts are on screen out of how many there are (a status
 * line, so a screen reader says the new count after each page), and while more remain, a button
 * that loads the next page below the last one. The button stays enabled while it loads, so focus
 * stays on it and Enter can load the page after; once the last page is in, focus moves to the count.
 */
export function TimelineMore({ shown, total, hasMore, busy, onLoadMore }: Props) {
  const { t } = useTranslation();
  const count = useRef<HTMLParagraphElement>(null);
  const pressed = useRef(false);
  useEffect(() => {
    if (busy || !pressed.current) return;
    pressed.current = false;
    if (!hasMore) count.current?.focus();
  }, [busy, hasMore]);
  return (
    <Group justify="space-between" mt="md" data-testid="timeline-more">
      <Text ref={count} size="sm" c="dimmed" role="status" tabIndex={-1} data-testid="timeline-count">
        {t('interactions.shownOfTotal', { shown, total })}
      </Text>
      {hasMore && (
        <Button
          variant="default"
          size="xs"
          aria-busy={busy}
          leftSection={busy ? <Loader size={12} /> : null}
          onClick={() => {
            if (busy) return;
            pressed.current = true;
            onLoadMore();
          }}
          data-testid="timeline-load-more"
        >
          {t('interactions.loadMore')}
        </Button>
      )}
    </Group>
  );
}
