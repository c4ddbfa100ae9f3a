import { useCallback, useEffect, useState } from 'react';
import { Button, Group, Modal, Progress, Stack, Stepper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './ImportWizard.module.css';
import { ACCESSIBLE_PRIMARY } from './accessibleColor';
import type { OutputOf } from '../../../../shared/api/contract';
import { ApiError } from '../../../../shared/api/errors';
import type { ImportMapping, ImportPreview, OnDuplicate } from '../../../../shared/api/methods/imports';
import { api } from '../../api/client';
import { i18next } from '../../i18n';
import { issueText } from '../../app/issueText';
import { DoneStep } from './DoneStep';
import { FileStep } from './FileStep';
import { closeImport, openImport, useImportRequest } from './importStore';
import { MappingStep } from './MappingStep';
import { PreviewStep, type DuplicateChoices } from './PreviewStep';
import { MAX_IMPORT_BYTES, readAsBase64 } from './readFile';
import { useImportCommand } from './useImportCommand';

interface Props {
  accountId: string;
  /** The map new people are placed on, or null where there is none to offer. */
  map: { id: string; name: string } | null;
  onShowPeople(): void;
}

interface Loaded {
  fileName: string;
  dataBase64: string;
}

/** A refusal in the user's words: what went wrong, and for a file, why it cannot be read. */
function errorLines(error: unknown, method: string): string[] {
  const apiError = error instanceof ApiError ? error : new ApiError('internal', String(error));
  const issues = apiError.issues.map((issue) => issueText(i18next, issue, { method }));
  return issues.length > 0 ? issues : [i18next.t(`errors.${apiError.code}`)];
}

const onDuplicateOf = (choices: DuplicateChoices): OnDuplicate => ({
  all: choices.all,
  rows: Object.entries(choices.rows).map(([row, action]) => ({ row: Number(row), action })),
});

/** File → columns → check → done: the import wizard, opened from the map, the people table or a drop. */
export function ImportWizard(props: Props) {
  const { t } = useTranslation();
  const request = useImportRequest();
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      opened={request !== null}
      onClose={() => !busy && closeImport()}
      title={t('imports.title')}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
      data-testid="import-wizard"
    >
      {request && <WizardBody key={request.id} {...props} initialFile={request.file} busy={busy} setBusy={setBusy} />}
    </Modal>
  );
}

interface BodyProps extends Props {
  initialFile: File | undefined;
  busy: boolean;
  setBusy(busy: boolean): void;
}

function WizardBody({ accountId, map, onShowPeople, initialFile, busy, setBusy }: BodyProps) {
  const { t } = useTranslation();
  const command = useImportCommand();
  const [step, setStep] = useState(0);
  const [reading, setReading] = useState<{ name: string; fraction: number } | null>(
    initialFile ? { name: initialFile.name, fraction: 0 } : null,
  );
  const [error, setError] = useState<string[] | null>(null);
  const [file, setFile] = useState<Loaded | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [remember, setRemember] = useState(true);
  const [choices, setChoices] = useState<DuplicateChoices>({ all: 'skip', rows: {} });
  const [placeOnMap, setPlaceOnMap] = useState(true);
  const [result, setResult] = useState<OutputOf<'imports.commit'> | null>(null);

  const load = useCallback(
    async (chosen: File) => {
      try {
        if (chosen.size > MAX_IMPORT_BYTES) throw new ApiError('invalid_input', t('imports.file.tooLarge'));
        const dataBase64 = await readAsBase64(chosen, (fraction) => setReading({ name: chosen.name, fraction }));
        setReading({ name: chosen.name, fraction: 1 });
        const next = await api.call('imports.preview', { accountId, fileName: chosen.name, dataBase64 });
        setFile({ fileName: chosen.name, dataBase64 });
        setPreview(next);
        setMapping(next.mapping);
        setStep(1);
        setError(null);
      } catch (caught) {
        setError(chosen.size > MAX_IMPORT_BYTES ? [t('imports.file.tooLarge')] : errorLines(caught, 'imports.preview'));
      } finally {
        setReading(null);
      }
    },
    [accountId, t],
  );

  // A file dropped on the window comes with the request: the wizard reads it at once.
  const [first] = useState(initialFile);
  useEffect(() => {
    // Read once the wizard is on screen (its reading state shows at once), not during the render.
    if (first) void Promise.resolve(first).then(load);
  }, [first, load]);

  const toPreview = async () => {
    if (!file || !mapping) return;
    setBusy(true);
    setError(null);
    try {
      const next = await api.call('imports.preview', { accountId, ...file, mapping });
      if (remember) await api.call('imports.savePreset', { mapping: next.mapping });
      setPreview(next);
      setStep(2);
    } catch (caught) {
      setError(errorLines(caught, 'imports.preview'));
    } finally {
      setBusy(false);
    }
  };

  const commit = async () => {
    if (!file || !mapping) return;
    setBusy(true);
    const done = await command.commit({
      accountId,
      ...file,
      mapping,
      onDuplicate: onDuplicateOf(choices),
      ...(map && placeOnMap ? { mapId: map.id } : {}),
    });
    setBusy(false);
    if (done) {
      setResult(done);
      setStep(3);
    }
  };

  const toCreate = preview
    ? preview.rows.filter((row) => row.name).length -
      preview.duplicates.filter((d) => (choices.rows[d.row] ?? choices.all) === 'skip').length
    : 0;

  return (
    <>
      <Stepper
        color={ACCESSIBLE_PRIMARY}
        classNames={{ stepDescription: classes.muted }}
        active={step}
        size="sm"
        allowNextStepsSelect={false}
        onStepClick={(index) => !busy && index < step && step < 3 && setStep(index)}
      >
        <Stepper.Step label={t('imports.steps.file')} description={t('imports.steps.fileHint')}>
          <FileStep
            reading={reading}
            error={error}
            onFile={(chosen) => {
              setReading({ name: chosen.name, fraction: 0 });
              void load(chosen);
            }}
          />
        </Stepper.Step>
        <Stepper.Step label={t('imports.steps.mapping')} description={t('imports.steps.mappingHint')}>
          {preview && mapping && (
            <MappingStep
              preview={preview}
              mapping={mapping}
              onChange={setMapping}
              remember={remember}
              onRememberChange={setRemember}
            />
          )}
        </Stepper.Step>
        <Stepper.Step label={t('imports.steps.preview')} description={t('imports.steps.previewHint')}>
          {preview && (
            <PreviewStep
              preview={preview}
              choices={choices}
              onChoicesChange={setChoices}
              mapName={map?.name ?? null}
              placeOnMap={placeOnMap}
              onPlaceOnMapChange={setPlaceOnMap}
            />
          )}
        </Stepper.Step>
        <Stepper.Completed>{result && <DoneStep result={result} />}</Stepper.Completed>
      </Stepper>
      <Stack gap="xs" mt="md">
        {busy && step === 2 && (
          <Stack gap={4}>
            <Text size="sm" id="import-progress">
              {t('imports.preview.importing')}
            </Text>
            <Progress value={100} animated striped aria-labelledby="import-progress" />
          </Stack>
        )}
        {error && step > 0 && (
          <Text size="sm" c="red" role="alert">
            {error.join(' ')}
          </Text>
        )}
        <Group justify="flex-end">
          {step === 1 && (
            <>
              <Button variant="default" onClick={() => setStep(0)} disabled={busy}>
                {t('common.back')}
              </Button>
              <Button
                color={ACCESSIBLE_PRIMARY}
                onClick={() => void toPreview()}
                loading={busy}
                data-testid="import-next"
              >
                {t('imports.next')}
              </Button>
            </>
          )}
          {step === 2 && (
            <>
              <Button variant="default" onClick={() => setStep(1)} disabled={busy}>
                {t('common.back')}
              </Button>
              <Button
                color={ACCESSIBLE_PRIMARY}
                onClick={() => void commit()}
                loading={busy}
                data-testid="import-commit"
              >
                {t('imports.preview.import', { count: Math.max(0, toCreate) })}
              </Button>
            </>
          )}
          {step === 3 && (
            <>
              <Button variant="default" onClick={() => openImport()}>
                {t('imports.another')}
              </Button>
              <Button
                color={ACCESSIBLE_PRIMARY}
                onClick={() => {
                  closeImport();
                  onShowPeople();
                }}
                data-testid="import-show-people"
              >
                {t('imports.done.showPeople')}
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </>
  );
}
