import { Badge, Group } from '@mantine/core';
import { ROLE_LABELS, type Role, type StaffMember } from '../../../core/contracts';

const ROLE_COLORS: Record<Role, string> = {
  servicedesk: 'servicedesk',
  manager: 'teal',
  director: 'grape',
  admin: 'orange',
  board: 'indigo',
};

export function RoleBadges({ roles }: { roles: readonly Role[] }) {
  return (
    <Group gap={4}>
      {roles.map((role) => (
        <Badge key={role} color={ROLE_COLORS[role]} variant="light" tt="none" fw={500}>
          {ROLE_LABELS[role]}
        </Badge>
      ))}
    </Group>
  );
}

export type StaffStatus = 'active' | 'inactive' | 'locked';

export const STATUS_LABELS: Record<StaffStatus, string> = {
  active: 'Actief',
  inactive: 'Gedeactiveerd',
  locked: 'Geblokkeerd',
};

export function staffStatus(member: Pick<StaffMember, 'active' | 'locked'>): StaffStatus {
  if (!member.active) return 'inactive';
  return member.locked ? 'locked' : 'active';
}

export function StatusBadge({ member }: { member: Pick<StaffMember, 'active' | 'locked'> }) {
  const status = staffStatus(member);
  const color = { active: 'green', inactive: 'gray', locked: 'red' }[status];
  return (
    <Badge color={color} variant="dot" tt="none" fw={500}>
      {STATUS_LABELS[status]}
    </Badge>
  );
}
