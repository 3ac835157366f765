import { AppShell, Burger, Button, Group, NavLink, ScrollArea, Text, ThemeIcon } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconAddressBook,
  IconBuildingStore,
  IconCertificate,
  IconChartBar,
  IconChecklist,
  IconClipboardCheck,
  IconGavel,
  IconGitCompare,
  IconMessageReport,
  IconHeadset,
  IconHome,
  IconId,
  IconListDetails,
  IconLogout,
  IconMailForward,
  IconMailOpened,
  IconSettings,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useProcedure } from '../api/queries';
import { SearchLauncher } from '../features/search/SearchSpotlight';
import { SyncIndicator } from '../features/sync/SyncIndicator';
import { useSyncStatus } from '../features/sync/useSyncStatus';
import { PATHS } from './paths';
import { useHasRole } from './session';
import { UserMenu } from './UserMenu';
import { useSignOut } from './useSignOut';

interface NavItem {
  to: string;
  label: string;
  icon: ReactNode;
}

const START: NavItem = { to: PATHS.start, label: 'Start', icon: <IconHome size={18} /> };
// Everyone works with relations and writes letters: servicedesk staff for their dossiers, managers and directors for theirs.
const EVERYONE_ITEMS: NavItem[] = [
  { to: PATHS.worklist, label: 'Werkvoorraad', icon: <IconChecklist size={18} /> },
  { to: PATHS.complaints, label: 'Klachten', icon: <IconMessageReport size={18} /> },
  { to: PATHS.persons, label: 'Personen', icon: <IconAddressBook size={18} /> },
  { to: PATHS.members, label: 'Leden', icon: <IconId size={18} /> },
  { to: PATHS.providers, label: 'Dienstverleners', icon: <IconBuildingStore size={18} /> },
  { to: PATHS.quality, label: 'Keurmerk', icon: <IconCertificate size={18} /> },
  { to: PATHS.correspondence, label: 'Correspondentie', icon: <IconMailOpened size={18} /> },
  { to: PATHS.outbox, label: 'Uitgaande e-mail', icon: <IconMailForward size={18} /> },
];
// Only areas that exist; more appear here as they are built.
const ADMIN_ITEMS: NavItem[] = [
  { to: PATHS.staff, label: 'Medewerkers', icon: <IconUsers size={18} /> },
  { to: PATHS.teams, label: 'Teams', icon: <IconUsersGroup size={18} /> },
  { to: PATHS.settings, label: 'Instellingen', icon: <IconSettings size={18} /> },
  { to: PATHS.audit, label: 'Audittrail', icon: <IconListDetails size={18} /> },
];

export function Shell() {
  const [navOpen, nav] = useDisclosure(false);
  const isAdmin = useHasRole('admin');
  const organisation = useProcedure('settings.getOrganisation', {});
  const signOut = useSignOut();
  const { pathname } = useLocation();
  const isDirector = useHasRole('director');
  const isManager = useHasRole('manager');
  // The director decides appeals (K13); managers and the director read the K15 report.
  const procedureItems: NavItem[] = [
    ...(isDirector || isManager || isAdmin ? [{ to: PATHS.appeals, label: 'Bezwaren', icon: <IconGavel size={18} /> }] : []),
    ...(isDirector || isManager || isAdmin ? [{ to: PATHS.complaintReport, label: 'Klachtenrapportage', icon: <IconChartBar size={18} /> }] : []),
  ];
  // Q3: the board's work list; administrators keep the register's settings and may look along.
  const isBoard = useHasRole('board');
  const boardItems: NavItem[] = isBoard || isAdmin ? [{ to: PATHS.qualityBoard, label: 'Bestuur keurmerk', icon: <IconClipboardCheck size={18} /> }] : [];
  // Conflicts exist only on a computer linked to a sync server.
  const syncLinked = useSyncStatus().data?.configured === true;
  const syncItems: NavItem[] = syncLinked ? [{ to: PATHS.syncConflicts, label: 'Conflicten', icon: <IconGitCompare size={18} /> }] : [];
  const items = [START, ...EVERYONE_ITEMS, ...syncItems, ...procedureItems, ...boardItems, ...(isAdmin ? ADMIN_ITEMS : [])];
  // The most specific item is the active one: /keurmerk/bestuur is "Bestuur keurmerk", not also "Keurmerk".
  const activeTo = items
    .filter((item) => pathname === item.to || pathname.startsWith(`${item.to}/`))
    .sort((a, b) => b.to.length - a.to.length)[0]?.to;

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !navOpen } }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpen} onClick={nav.toggle} hiddenFrom="sm" size="sm" aria-label="Menu tonen" />
            <ThemeIcon size={34} radius="md">
              <IconHeadset size={20} />
            </ThemeIcon>
            <Text fw={700} size="lg">
              Servicedesk
            </Text>
            {organisation.data && (
              <Text c="dimmed" size="sm" visibleFrom="sm" data-testid="organisation-name">
                {organisation.data.name}
              </Text>
            )}
          </Group>
          <SearchLauncher />
          <Group gap="xs" wrap="nowrap">
            <SyncIndicator />
            <UserMenu />
            <Button variant="subtle" color="gray" leftSection={<IconLogout size={16} />} onClick={() => void signOut()}>
              Afmelden
            </Button>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" aria-label="Hoofdmenu">
        <ScrollArea>
          {items.map((item) => (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={item.label}
              leftSection={item.icon}
              active={item.to === activeTo}
              onClick={nav.close}
              variant="light"
              style={{ borderRadius: 'var(--mantine-radius-sm)' }}
            />
          ))}
        </ScrollArea>
      </AppShell.Navbar>

      <AppShell.Main bg="gray.0">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
