import { Text } from '@mantine/core';

/** Placeholder until this part is built. */
export function AccountProfile(props: { accountId: string }) {
  void props;
  return (
    <Text c="dimmed" p="md" data-testid="account-profile">
      …
    </Text>
  );
}
