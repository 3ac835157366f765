import { Button, Group, Image, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconPhoto } from '@tabler/icons-react';
import { useState } from 'react';
import type { ProcedureOutput } from '../../../../../core/contracts';
import { call, errorMessage } from '../../../api/client';
import { saveFile } from '../../documents/host';
import { formatSize } from '../files';

type EvidenceFile = ProcedureOutput<'quality.evidenceFile'>;

/** A photo of a violation opens in a window here; any other evidence is saved. */
export function EvidenceFileButton({ file }: { file: { id: string; fileName: string; contentType: string; byteSize: number } }) {
  const [loading, setLoading] = useState(false);
  const [shown, setShown] = useState<EvidenceFile | null>(null);
  const isImage = file.contentType.startsWith('image/');

  async function open() {
    setLoading(true);
    try {
      const loaded = await call('quality.evidenceFile', { id: file.id });
      if (isImage) setShown(loaded);
      else if (await saveFile(loaded.filename, loaded.base64, loaded.contentType)) notifications.show({ color: 'green', message: `${loaded.filename} is opgeslagen.` });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Bewijsstuk niet geopend', message: errorMessage(error) });
    } finally {
      setLoading(false);
    }
  }

  async function save(loaded: EvidenceFile) {
    if (await saveFile(loaded.filename, loaded.base64, loaded.contentType)) notifications.show({ color: 'green', message: `${loaded.filename} is opgeslagen.` });
  }

  return (
    <>
      <Button
        size="compact-xs"
        variant="subtle"
        leftSection={isImage ? <IconPhoto size={14} /> : <IconDownload size={14} />}
        loading={loading}
        onClick={() => void open()}
        aria-label={`${file.fileName} ${isImage ? 'bekijken' : 'opslaan'}`}
      >
        {file.fileName} ({formatSize(file.byteSize)})
      </Button>
      {shown && (
        <Modal opened onClose={() => setShown(null)} title={shown.filename} size="xl">
          <Stack gap="sm">
            {/* A data URL of the stored bytes: nothing is fetched from elsewhere. */}
            <Image src={`data:${shown.contentType};base64,${shown.base64}`} alt={`Foto: ${shown.filename}`} fit="contain" mah="70vh" />
            <Group justify="flex-end">
              <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => void save(shown)}>
                Opslaan
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </>
  );
}
