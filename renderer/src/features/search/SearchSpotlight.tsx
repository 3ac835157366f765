import { Badge, Group, Kbd, Loader, Modal, ScrollArea, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { IconBuildingStore, IconId, IconSearch, IconUser, IconUserPlus } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useEffect, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { SEARCH_MATCH_LABELS, type SearchHit } from '../../../../core/contracts';
import { useProcedure } from '../../api/queries';
import { ErrorAlert } from '../../ui/form';
import { hitPath, newPersonPath } from './paths';

/** Fast enough to feel live, slow enough not to ask for every letter of a name typed at speed. */
const DEBOUNCE_MS = 120;

/** The search field in the header: opens the search window, also with Ctrl+K from anywhere. */
export function SearchLauncher() {
  const [opened, setOpened] = useState(false);
  // Also from inside a form field: the servicedesk searches while on the phone, wherever the cursor is.
  useHotkeys([['mod+K', () => setOpened(true)]], []);
  return (
    <>
      <UnstyledButton
        onClick={() => setOpened(true)}
        aria-label="Zoeken (Ctrl+K)"
        aria-keyshortcuts="Control+K"
        px="sm"
        py={6}
        w={{ base: 44, sm: 300, md: 400 }}
        style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 'var(--mantine-radius-sm)', background: 'white' }}
      >
        <Group gap="xs" wrap="nowrap" justify="space-between">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <IconSearch size={16} color="var(--mantine-color-gray-6)" style={{ flexShrink: 0 }} />
            <Text size="sm" c="dimmed" visibleFrom="sm" truncate>
              Zoek persoon, lid of dienstverlener
            </Text>
          </Group>
          <Group gap={2} wrap="nowrap" visibleFrom="sm">
            <Kbd size="xs">Ctrl</Kbd>
            <Kbd size="xs">K</Kbd>
          </Group>
        </Group>
      </UnstyledButton>
      <SearchModal opened={opened} onClose={() => setOpened(false)} />
    </>
  );
}

const KIND_ICONS: Record<SearchHit['kind'], ReactNode> = {
  member: <IconId size={18} />,
  provider: <IconBuildingStore size={18} />,
  person: <IconUser size={18} />,
};

function SearchModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  // Enter pressed before the answer for the typed text came: open the first hit as soon as it is there.
  const [pendingEnter, setPendingEnter] = useState(false);
  const [debounced] = useDebouncedValue(query.trim(), DEBOUNCE_MS);
  const enabled = opened && debounced.length >= 2;
  const search = useProcedure('search.everywhere', { query: debounced, limit: 20 }, { enabled, placeholderData: keepPreviousData, staleTime: 5_000 });
  const hits = enabled ? (search.data?.hits ?? []) : [];
  // The last option is always "Nieuwe persoon": a caller who is not in the system yet.
  const optionCount = hits.length + 1;

  useEffect(() => setActive(0), [search.data]);
  useEffect(() => {
    if (!opened) {
      setQuery('');
      setActive(0);
      setPendingEnter(false);
    }
  }, [opened]);
  const settled = debounced === query.trim() && !search.isFetching;
  useEffect(() => {
    if (pendingEnter && settled) {
      setPendingEnter(false);
      open(0);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the answer settles
  }, [pendingEnter, settled]);

  function open(index: number) {
    const hit = hits[index];
    onClose();
    navigate(hit ? hitPath(hit) : newPersonPath(query.trim()));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + optionCount) % optionCount);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // A quick Enter before the answer came would open a stale hit: wait for the answer to this text.
      if (settled) open(active);
      else setPendingEnter(true);
    } else {
      setPendingEnter(false);
    }
  }

  const waiting = enabled && (search.isFetching || debounced !== query.trim());
  const noHits = enabled && !waiting && search.data && hits.length === 0;

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Zoeken"
      size="xl"
      yOffset="8vh"
      padding="md"
      transitionProps={{ duration: 80 }}
    >
      <Stack gap="sm">
        <TextInput
          data-autofocus
          value={query}
          onChange={(e) => {
            setQuery(e.currentTarget.value);
            setPendingEnter(false);
          }}
          onKeyDown={onKeyDown}
          placeholder="Naam, telefoonnummer, postcode + huisnummer, e-mail, lidnummer of KvK-nummer"
          aria-label="Zoekterm"
          role="combobox"
          aria-expanded={enabled}
          aria-controls="search-results"
          aria-autocomplete="list"
          aria-activedescendant={`search-option-${active}`}
          leftSection={<IconSearch size={18} />}
          rightSection={waiting ? <Loader size="xs" /> : null}
          size="md"
          autoComplete="off"
          spellCheck={false}
        />
        {search.isError && <ErrorAlert message={search.error.message} />}
        {!enabled && (
          <Text size="sm" c="dimmed">
            Typ minstens twee tekens. Pijltjestoetsen om te kiezen, Enter om te openen, Esc om te sluiten.
          </Text>
        )}
        {noHits && (
          <Text size="sm" c="dimmed" data-testid="search-nothing">
            Niets gevonden voor "{debounced}".
          </Text>
        )}
        {enabled && search.data?.more && !waiting && (
          <Text size="xs" c="dimmed" data-testid="search-more">
            Er zijn meer resultaten dan hier staan; typ verder om te verfijnen (bijvoorbeeld met de voornaam of de postcode).
          </Text>
        )}
        <ScrollArea.Autosize mah="60vh" type="auto">
          <Stack gap={2} role="listbox" id="search-results" aria-label="Zoekresultaten">
            {hits.map((hit, index) => (
              <Option key={`${hit.kind}-${hit.id}`} index={index} active={index === active} onHover={setActive} onPick={open}>
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  <Text c="dimmed" mt={2}>
                    {KIND_ICONS[hit.kind]}
                  </Text>
                  <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                    <Group gap="xs">
                      <Text fw={600} size="sm">
                        {hit.title}
                      </Text>
                      {hit.badges.map((badge) => (
                        <Badge key={badge} size="sm" variant="light" tt="none" fw={500} color={badgeColor(badge)}>
                          {badge}
                        </Badge>
                      ))}
                    </Group>
                    <Text size="sm" c="dimmed" truncate>
                      {hit.subtitle || 'Geen adres of telefoonnummer bekend'}
                    </Text>
                  </Stack>
                  <Text size="xs" c="dimmed" mt={2} style={{ whiteSpace: 'nowrap' }}>
                    {SEARCH_MATCH_LABELS[hit.matchedOn]}
                  </Text>
                </Group>
              </Option>
            ))}
            <Option index={hits.length} active={active === hits.length} onHover={setActive} onPick={open}>
              <Group gap="sm" wrap="nowrap">
                <Text c="servicedesk">
                  <IconUserPlus size={18} />
                </Text>
                <Text size="sm" fw={500} c="servicedesk">
                  Nieuwe persoon{query.trim() ? ` "${query.trim()}"` : ''} toevoegen
                </Text>
              </Group>
            </Option>
          </Stack>
        </ScrollArea.Autosize>
      </Stack>
    </Modal>
  );
}

function Option(props: { index: number; active: boolean; onHover: (i: number) => void; onPick: (i: number) => void; children: ReactNode }) {
  const { index, active, onHover, onPick, children } = props;
  return (
    <UnstyledButton
      id={`search-option-${index}`}
      role="option"
      aria-selected={active}
      tabIndex={-1}
      onMouseMove={() => !active && onHover(index)}
      onClick={() => onPick(index)}
      ref={(el) => {
        if (active) el?.scrollIntoView({ block: 'nearest' });
      }}
      px="sm"
      py={8}
      style={{ borderRadius: 'var(--mantine-radius-sm)', background: active ? 'var(--mantine-primary-color-light)' : undefined }}
    >
      {children}
    </UnstyledButton>
  );
}

function badgeColor(badge: string): string {
  if (badge.startsWith('Lid')) return 'teal';
  if (badge.startsWith('Dienstverlener')) return 'grape';
  if (badge.startsWith('Huisgenoot')) return 'cyan';
  return 'gray';
}
