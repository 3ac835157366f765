import { z } from 'zod';

// S1
// `board`: the board of Stichting Keurmerk Kwaliteitsvakman, which decides on quality-mark
// participations (Q3-Q6). Not the servicedesk's director: the foundation's board is its own body;
// a director who sits on it holds both roles.
export const ROLES = ['servicedesk', 'manager', 'director', 'admin', 'board'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES, { error: 'Kies een geldige rol' });

export const ROLE_LABELS: Record<Role, string> = {
  servicedesk: 'Medewerker servicedesk',
  manager: 'Teammanager',
  director: 'Directeur',
  admin: 'Beheerder',
  board: 'Bestuur keurmerk',
};
