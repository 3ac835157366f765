import type { Role } from '../../../../core/contracts';
import { useCurrentUser } from '../../app/session';

const any = (roles: readonly Role[], allowed: readonly Role[]) => roles.some((r) => allowed.includes(r));

/**
 * What the signed-in person may do in the register, mirroring the contracts' access lists, so a
 * screen offers only what the back end will accept (it checks again anyway).
 */
export function useQualityAccess() {
  const { roles } = useCurrentUser();
  return {
    /** Register, record reviews, advices, notice, violations, payments. */
    canEdit: any(roles, ['servicedesk', 'manager', 'admin', 'board']),
    /** Remove a review or advice entered by mistake. */
    canRemove: any(roles, ['manager', 'admin', 'board']),
    /** Q3-Q6: decisions on findings and hardship, rule 6. */
    isBoard: roles.includes('board'),
    /** Q6: publish and withdraw blacklist entries. */
    canPublish: any(roles, ['manager', 'admin', 'board']),
    /** Q3, Q7: rule settings and contribution rates. */
    canSettings: any(roles, ['admin', 'board']),
    /** Q7: charge a year's contribution to everyone. */
    canCharge: any(roles, ['admin', 'manager', 'board']),
  };
}
