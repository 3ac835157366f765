/** An error the HTTP layer answers as `{code, message, ...details}` with the given status; messages are Dutch. */
export class SyncError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const syncErrors = {
  unauthorized: () => new SyncError(401, 'unauthorized', 'Deze computer is niet bekend bij de syncserver. Registreer hem opnieuw met een registratiecode.'),
  devicePending: () => new SyncError(403, 'device_pending', 'Deze computer wacht nog op goedkeuring door een beheerder.'),
  deviceRevoked: () => new SyncError(403, 'device_revoked', 'Deze computer is ingetrokken door een beheerder en mag niet meer synchroniseren.'),
  adminRequired: () => new SyncError(403, 'admin_required', 'Alleen een beheerder mag dit doen.'),
  codeInvalid: () => new SyncError(400, 'registration_code_invalid', 'Deze registratiecode is onbekend, verlopen of al gebruikt.'),
  deviceNotFound: () => new SyncError(404, 'device_not_found', 'Deze computer is niet bekend bij de syncserver.'),
  deviceNotPending: () => new SyncError(409, 'device_not_pending', 'Alleen een computer die op goedkeuring wacht, kan worden goedgekeurd.'),
  epoch: (epoch: string) =>
    new SyncError(409, 'epoch', 'De syncserver is teruggezet vanuit een back-up. Deze computer synchroniseert opnieuw volledig.', { epoch }),
  schemaTooOld: (range: { min: number; max: number }) =>
    new SyncError(
      426,
      'schema_too_old',
      'Deze versie van Servicedesk is te oud voor de syncserver. Werk de app bij; uw wijzigingen blijven op deze computer bewaard en worden verstuurd na de update.',
      { schemaRange: range },
    ),
  schemaTooNew: (range: { min: number; max: number }) =>
    new SyncError(409, 'schema_too_new', 'De syncserver is ouder dan deze versie van Servicedesk. Vraag de beheerder de server bij te werken.', {
      schemaRange: range,
    }),
  conflictNotFound: () => new SyncError(404, 'conflict_not_found', 'Dit conflict is niet (meer) bekend bij de syncserver.'),
  invalidRequest: (issues: unknown) => new SyncError(400, 'invalid_request', 'Het verzoek aan de syncserver is ongeldig.', { issues }),
};
