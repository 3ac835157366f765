import { z } from 'zod';

// S1
export const ROLES = ['servicedesk', 'manager', 'director', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES, { error: 'Kies een geldige rol' });

export const ROLE_LABELS: Record<Role, string> = {
  servicedesk: 'Medewerker servicedesk',
  manager: 'Teammanager',
  director: 'Directeur',
  admin: 'Beheerder',
};
