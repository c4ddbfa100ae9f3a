import { Text } from '@mantine/core';

/** Placeholder until this part is built. */
export function PersonDetails(props: { personId: string }) {
  void props;
  return (
    <Text c="dimmed" p="md" data-testid="person-details">
      …
    </Text>
  );
}
