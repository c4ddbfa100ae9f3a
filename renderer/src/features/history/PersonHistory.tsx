import { Text } from '@mantine/core';

/** Placeholder until this part is built. */
export function PersonHistory(props: { personId: string }) {
  void props;
  return (
    <Text c="dimmed" p="md" data-testid="person-history">
      …
    </Text>
  );
}
