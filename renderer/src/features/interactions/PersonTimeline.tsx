import { Text } from '@mantine/core';

/** Placeholder until this part is built. */
export function PersonTimeline(props: { personId: string }) {
  void props;
  return (
    <Text c="dimmed" p="md" data-testid="person-timeline">
      …
    </Text>
  );
}
