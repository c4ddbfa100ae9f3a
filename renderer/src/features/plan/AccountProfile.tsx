import { Card, Group, Loader, Rating, Select, SimpleGrid, Stack, Stepper, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/api/entities';
import { CARE_CADENCE_DAYS } from '../../../../shared/domain/cadence';
import { ORG_STEPS, RELATIONSHIP_TYPES, STAGES, TIERS } from '../../../../shared/domain/enums';
import { useApi } from '../../api/client';
import { CompetitorsCard } from './CompetitorsCard';
import { AccountTeamCard } from './AccountTeamCard';
import { SheetFrame } from './SheetFrame';
import { leaveField } from './format';
import { usePlanCommands, type PlanCommands } from './usePlanCommands';
import { TEXT_LIMITS } from '../../../../shared/api/text';
import { useScreenHeading } from '../../app/useScreenHeading';

/** The account profile: how we classify the customer, where the company-to-company relationship stands, who competes, who of ours works on it. */
export function AccountProfile({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const account = useApi('accounts.get', { id: accountId });
  const commands = usePlanCommands();
  const heading = useScreenHeading();
  return (
    <SheetFrame testId="account-profile" size="lg">
      <Title order={2} mb="md" ref={heading}>
        {t('plan.profile.title')}
      </Title>
      {!account.data ? (
        <Loader />
      ) : (
        <Stack gap="md">
          <Classification account={account.data} commands={commands} />
          <OrgStep account={account.data} commands={commands} />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <CompetitorsCard accountId={accountId} commands={commands} />
            <AccountTeamCard accountId={accountId} commands={commands} />
          </SimpleGrid>
          <Notes account={account.data} commands={commands} />
        </Stack>
      )}
    </SheetFrame>
  );
}

interface Part {
  account: Account;
  commands: PlanCommands;
}

function Classification({ account, commands }: Part) {
  const { t } = useTranslation();
  const options = <T extends string>(codes: readonly T[], group: string) =>
    codes.map((code) => ({ value: code, label: t(`${group}.${code}`) }));
  return (
    <Card withBorder>
      <Title order={4} mb="sm">
        {t('plan.profile.classification')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Stack gap={4}>
          <Select
            label={t('plan.profile.tier')}
            data={options(TIERS, 'enums.tier')}
            value={account.tier}
            allowDeselect={false}
            onChange={(tier) => {
              if (tier) void commands.updateAccount(account, { tier: tier as Account['tier'] });
              leaveField();
            }}
            data-testid="profile-tier"
          />
          <Text size="xs" c="dimmed" data-testid="profile-cadence">
            {t('plan.profile.cadence', {
              days: CARE_CADENCE_DAYS[account.tier],
              rhythm: t(`plan.profile.rhythm.${account.tier}`),
            })}
          </Text>
        </Stack>
        <Select
          label={t('plan.profile.stage')}
          data={options(STAGES, 'plan.stage')}
          value={account.stage}
          allowDeselect={false}
          onChange={(stage) => {
            if (stage) void commands.updateAccount(account, { stage: stage as Account['stage'] });
            leaveField();
          }}
          data-testid="profile-stage"
        />
        <Select
          label={t('plan.profile.relationshipType')}
          data={options(RELATIONSHIP_TYPES, 'plan.relationshipType')}
          value={account.relationshipType}
          allowDeselect={false}
          onChange={(type) => {
            if (type) void commands.updateAccount(account, { relationshipType: type as Account['relationshipType'] });
            leaveField();
          }}
          data-testid="profile-relationship-type"
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('plan.profile.potential')}
          </Text>
          <Group gap="xs">
            <Rating
              value={account.potential}
              count={5}
              onChange={(potential) => potential >= 1 && void commands.updateAccount(account, { potential })}
              aria-label={t('plan.profile.potential')}
              data-testid="profile-potential"
            />
            <Text size="sm" c="dimmed">
              {t('plan.profile.potentialLevel', { level: account.potential })}
            </Text>
          </Group>
        </Stack>
      </SimpleGrid>
    </Card>
  );
}

function OrgStep({ account, commands }: Part) {
  const { t } = useTranslation();
  return (
    <Card withBorder>
      <Title order={4}>{t('plan.profile.orgStep')}</Title>
      <Text size="xs" c="dimmed" mb="md">
        {t('plan.profile.orgStepHelp')}
      </Text>
      <Stepper
        active={ORG_STEPS.indexOf(account.orgStep)}
        onStepClick={(index) => {
          const step = ORG_STEPS[index];
          if (step && step !== account.orgStep) void commands.updateAccount(account, { orgStep: step });
        }}
        size="sm"
        data-testid="profile-org-step"
      >
        {ORG_STEPS.map((step) => (
          <Stepper.Step
            key={step}
            label={t(`plan.orgStep.${step}`)}
            description={t(`plan.orgStepHint.${step}`)}
            data-testid={`org-step-${step}`}
          />
        ))}
      </Stepper>
    </Card>
  );
}

function Notes({ account, commands }: Part) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <Card withBorder>
      <Textarea
        label={t('plan.profile.notes')}
        placeholder={t('plan.profile.notesPlaceholder')}
        maxLength={TEXT_LIMITS.longText}
        autosize
        minRows={3}
        value={draft ?? account.notes}
        onChange={(event) => setDraft(event.currentTarget.value)}
        onBlur={() => {
          if (draft !== null && draft !== account.notes) void commands.updateAccount(account, { notes: draft });
          setDraft(null);
        }}
        data-testid="profile-notes"
      />
    </Card>
  );
}
