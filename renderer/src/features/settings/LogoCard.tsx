import { Button, Card, FileButton, Group, Image, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPhoto, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { Organisation } from '../../../../core/contracts';
import { useProcedureMutation } from '../../api/queries';
import { useHasRole } from '../../app/session';
import { ErrorAlert } from '../../ui/form';

const MAX_BYTES = 300 * 1024;

/** The logo in the letter head: PNG or JPEG, stored with the organisation so every desktop prints it. */
export function LogoCard({ organisation }: { organisation: Organisation }) {
  const isAdmin = useHasRole('admin');
  const update = useProcedureMutation('settings.updateOrganisation');
  const [error, setError] = useState<string | null>(null);

  async function save(logoDataUrl: string | null) {
    setError(null);
    const { id: _id, version: _version, ...fields } = organisation;
    try {
      await update.mutateAsync({ ...fields, logoDataUrl });
      notifications.show({ color: 'green', message: logoDataUrl ? 'Het logo is opgeslagen.' : 'Het logo is verwijderd.' });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  async function choose(file: File | null) {
    if (!file) return;
    if (!['image/png', 'image/jpeg'].includes(file.type)) return setError('Kies een logo als PNG- of JPEG-afbeelding.');
    if (file.size > MAX_BYTES) return setError('Het logo is te groot (hoogstens 300 kB).');
    await save(await readAsDataUrl(file));
  }

  return (
    <Card withBorder padding="lg" component="section" aria-label="Logo">
      <Title order={2} size="h4" mb="xs">
        Logo in het briefhoofd
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        PNG of JPEG, hoogstens 300 kB. Het logo staat links boven in elke brief.
      </Text>
      {error && <ErrorAlert message={error} />}
      <Group align="center">
        {organisation.logoDataUrl ? (
          <Image src={organisation.logoDataUrl} alt="Huidig logo" h={56} w="auto" fit="contain" />
        ) : (
          <Text size="sm">Nog geen logo ingesteld.</Text>
        )}
        {isAdmin && (
          <>
            <FileButton onChange={choose} accept="image/png,image/jpeg">
              {(props) => (
                <Button {...props} variant="default" leftSection={<IconPhoto size={16} />} loading={update.isPending}>
                  {organisation.logoDataUrl ? 'Ander logo kiezen' : 'Logo kiezen'}
                </Button>
              )}
            </FileButton>
            {organisation.logoDataUrl && (
              <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => save(null)}>
                Logo verwijderen
              </Button>
            )}
          </>
        )}
      </Group>
    </Card>
  );
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error('Het bestand kon niet worden gelezen.'));
    reader.readAsDataURL(file);
  });
}
