import { Alert, Button, Group, List, Modal, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { DocumentSummary } from '../../../../core/contracts';
import { call, errorMessage } from '../../api/client';
import { combineLetters } from './combineLetters';
import { printHtml, savePdf } from './host';
import { FILE_WARNINGS } from './labels';

interface Run {
  done: number;
  total: number;
  /** Letters that could not be included, with why: they are named, never silently left out. */
  skipped: { title: string; reason: string }[];
  html: string | null;
}

/**
 * Fetches the letters one by one (so a long run shows progress and can be stopped), then offers the
 * combined document for printing or as one PDF.
 */
export function BatchPrintDialog({ documents, onClose }: { documents: DocumentSummary[] | null; onClose: () => void }) {
  return (
    <Modal opened={documents !== null} onClose={onClose} title="Afdrukken als één PDF" centered closeOnClickOutside={false}>
      {documents && <BatchRun documents={documents} onClose={onClose} />}
    </Modal>
  );
}

function BatchRun({ documents, onClose }: { documents: DocumentSummary[]; onClose: () => void }) {
  const [run, setRun] = useState<Run>({ done: 0, total: documents.length, skipped: [], html: null });
  const [printing, setPrinting] = useState(false);
  // One stop flag per run: a run that was stopped stays stopped, even when React starts another.
  const currentRun = useRef({ stopped: false });

  useEffect(() => {
    const thisRun = { stopped: false };
    currentRun.current = thisRun;
    void (async () => {
      const letters: string[] = [];
      const skipped: Run['skipped'] = [];
      for (const [index, document] of documents.entries()) {
        if (thisRun.stopped) return;
        try {
          const { status } = await call('documents.verify', { id: document.id });
          if (status === 'ok') letters.push((await call('documents.preview', { id: document.id })).html);
          else skipped.push({ title: document.title, reason: FILE_WARNINGS[status] });
        } catch (error) {
          skipped.push({ title: document.title, reason: errorMessage(error) });
        }
        if (thisRun.stopped) return;
        setRun({ done: index + 1, total: documents.length, skipped: [...skipped], html: null });
      }
      const title = `${letters.length} brieven`;
      setRun({ done: documents.length, total: documents.length, skipped, html: letters.length > 0 ? combineLetters(letters, title) : null });
    })();
    return () => {
      thisRun.stopped = true;
    };
  }, [documents]);

  const finished = run.done === run.total;
  const included = run.total - run.skipped.length;

  async function output(kind: 'print' | 'pdf') {
    if (!run.html) return;
    setPrinting(true);
    try {
      if (kind === 'print') await printHtml(run.html, `${included} brieven`);
      else {
        const outcome = await savePdf(run.html, `Brieven ${new Date().toISOString().slice(0, 10)}.pdf`);
        if (outcome === 'saved') notifications.show({ color: 'green', message: 'De PDF is opgeslagen.' });
        if (outcome === 'print-dialog') notifications.show({ message: 'Kies in het afdrukvenster "Opslaan als PDF" als bestemming.' });
      }
    } catch (error) {
      notifications.show({ color: 'red', title: 'Niet gelukt', message: errorMessage(error) });
    } finally {
      setPrinting(false);
    }
  }

  function cancel() {
    currentRun.current.stopped = true;
    onClose();
  }

  return (
    <Stack gap="md">
      <Text size="sm">{finished ? 'De brieven staan klaar in één document; elke brief begint op een nieuwe pagina.' : 'De brieven worden opgehaald…'}</Text>
      <Progress value={run.total === 0 ? 100 : (run.done / run.total) * 100} size="lg" aria-label="Voortgang" animated={!finished} />
      <Text size="sm" fw={500} data-testid="batch-progress">
        {run.done} van {run.total}
      </Text>
      {run.skipped.length > 0 && (
        <Alert color="red" variant="light" title={`${run.skipped.length} ${run.skipped.length === 1 ? 'brief' : 'brieven'} niet opgenomen`} role="alert">
          <List size="sm" spacing={4}>
            {run.skipped.map((s, i) => (
              <List.Item key={i}>
                <strong>{s.title}</strong>: {s.reason}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={cancel}>
          {finished ? 'Sluiten' : 'Annuleren'}
        </Button>
        {finished && run.html && (
          <>
            <Button variant="default" leftSection={<IconFileTypePdf size={16} />} loading={printing} onClick={() => void output('pdf')}>
              PDF
            </Button>
            <Button leftSection={<IconPrinter size={16} />} loading={printing} onClick={() => void output('print')}>
              Afdrukken
            </Button>
          </>
        )}
      </Group>
    </Stack>
  );
}
