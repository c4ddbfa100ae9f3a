import { Text } from '@mantine/core';

/** Placeholder until this part is built. */
export function AccountTimeline(props: { accountId: string }) {
  void props;
  return (
    <Text c="dimmed" p="md" data-testid="account-timeline">
      …
    </Text>
  );
}
