import { Text } from '@mantine/core';

/** Placeholder until this part is built. */
export function PersonGoal(props: { personId: string }) {
  void props;
  return (
    <Text c="dimmed" p="md" data-testid="person-goal">
      …
    </Text>
  );
}
