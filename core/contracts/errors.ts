/**
 * Every domain error code with its Dutch message, in one place. `{name}` placeholders are filled
 * from the error's params. The renderer shows these texts as they are.
 */
export const ERROR_MESSAGES = {
  'auth.invalid_credentials': 'Gebruikersnaam of wachtwoord is onjuist.',
  'auth.locked': 'Dit account is geblokkeerd na te veel mislukte pogingen. Probeer het opnieuw om {until}.',
  'auth.inactive': 'Dit account is gedeactiveerd. Neem contact op met een beheerder.',
  'auth.setup_done': 'De eerste beheerder is al aangemaakt. Meld u aan.',
  'auth.wrong_password': 'Het huidige wachtwoord is onjuist.',
  'auth.same_password': 'Kies een ander wachtwoord dan het huidige.',
  'auth.password_change_required': 'Kies eerst een nieuw wachtwoord.',
  'staff.username_taken': 'De gebruikersnaam "{username}" is al in gebruik.',
  'staff.team_required': 'Kies het team van deze medewerker.',
  'staff.team_unknown': 'Dit team bestaat niet (meer).',
  'staff.last_admin': 'Er moet minstens één actieve beheerder blijven.',
  'staff.self_deactivate': 'U kunt uw eigen account niet deactiveren.',
  'staff.inactive_manager': 'Een gedeactiveerde medewerker kan geen manager van een team zijn.',
  'staff.manages_team': 'Deze medewerker is manager van team "{team}". Kies daar eerst een andere manager.',
  'team.name_taken': 'Er is al een team met de naam "{name}".',
  'team.manager_unknown': 'Kies een actieve medewerker als manager.',
  'record.not_found': 'Dit gegeven bestaat niet (meer).',
  'record.stale': 'Dit gegeven is intussen door iemand anders gewijzigd. Laad het opnieuw.',
  'person.merge_kind': 'Een persoon en een organisatie kunnen niet worden samengevoegd.',
  'audit.read_only': 'De audittrail kan door niemand worden gewijzigd.',
  'document.unknown_type': 'Deze documentsoort bestaat niet.',
  'document.type_not_for_dossier': 'Deze documentsoort hoort niet bij dit soort dossier.',
  'document.not_concept': 'Alleen een concept kan worden gewijzigd. Maak een correctie (nieuwe versie) van dit document.',
  'document.not_final': 'Maak het document eerst definitief.',
  'document.already_sent': 'Dit document is al verzonden.',
  'document.superseded': 'Van dit document bestaat al een nieuwere versie.',
  'document.file_missing': 'Het bestand van dit document ontbreekt in de documentenmap ({path}). Het wordt niet opnieuw gemaakt; zet een reservekopie terug.',
  'document.file_altered': 'Het bestand van dit document is gewijzigd na het archiveren (de vingerafdruk klopt niet). Het wordt niet gebruikt.',
  'mail.not_resendable': 'Alleen een mislukt of onzeker bericht kan opnieuw worden verzonden.',
  'mail.not_configured': 'Er is nog geen mailserver ingesteld. Vraag een beheerder dit te doen bij Instellingen.',
  'member.person_unknown': 'Deze persoon bestaat niet (meer).',
  'member.already_member': 'Deze persoon is al lid (lidmaatschapsnummer {number}).',
  'member.household_duplicate': 'Deze persoon hoort al bij het huishouden van dit lid.',
  'member.household_self': 'Het lid zelf hoort al bij het lidmaatschap; kies een andere persoon als huisgenoot.',
  'member.end_before_start': 'De einddatum ligt vóór de ingangsdatum.',
  'member.end_date_required': 'Vul de einddatum in van een opgezegd of beëindigd lidmaatschap.',
  'member.active_with_end_date': 'Een actief lidmaatschap heeft geen einddatum. Kies "Opgezegd" als het lid heeft opgezegd.',
  'member.mandate_exists': 'Dit lid heeft al een geldige machtiging ({reference}). Wijzig daarvan het rekeningnummer, of trek die eerst in.',
  'member.mandate_not_active': 'Deze machtiging is {status} en kan niet meer worden gewijzigd.',
  'member.same_iban': 'Dit is al het rekeningnummer van deze machtiging.',
  'member.creditor_id_missing': 'Het incassant-ID van de organisatie ontbreekt. Vul het in bij Instellingen; zonder incassant-ID is een machtigingsformulier niet geldig.',
  'provider.person_unknown': 'Deze persoon of organisatie bestaat niet (meer).',
  'provider.person_not_private': 'Een particuliere dienstverlener is een persoon, geen organisatie.',
  'provider.person_not_business': 'Een bedrijf als dienstverlener is een organisatie, geen persoon. Kies of maak de organisatie.',
  'provider.contact_unknown': 'Deze contactpersoon bestaat niet (meer).',
  'provider.contact_not_person': 'Een contactpersoon is een persoon, geen organisatie.',
  'provider.already_registered': '{name} is al aangemeld als dienstverlener.',
  'provider.category_unknown': 'Deze dienst bestaat niet (meer) in de lijst met diensten.',
  'provider.category_inactive': 'De dienst "{name}" wordt niet meer aangeboden. Kies een andere dienst.',
  'provider.category_name_taken': 'Er is al een dienst met de naam "{name}".',
  'provider.step_not_allowed': 'Na "{from}" kan "{to}" niet worden vastgelegd. De volgorde is: aangemeld, telefonisch geselecteerd, bezocht, goedgekeurd; afwijzen kan zolang de screening loopt.',
  'provider.approval_incomplete': 'Goedkeuren kan nog niet. Nog nodig: {missing}.',
  'provider.step_in_future': 'Een datum in de toekomst kan niet; vul de datum in waarop het is gebeurd.',
  'provider.step_before_previous': 'Deze datum ligt vóór de vorige stap van de screening ({previous}).',
} as const;

export type DomainErrorCode = keyof typeof ERROR_MESSAGES;

export const GENERIC_MESSAGES = {
  unknown_procedure: 'Deze functie bestaat niet.',
  invalid_input: 'Controleer de gemarkeerde velden.',
  unauthenticated: 'U bent niet (meer) aangemeld. Meld u opnieuw aan.',
  forbidden: 'U heeft geen toegang tot deze functie.',
  internal: 'Er ging iets mis. Probeer het opnieuw of neem contact op met een beheerder.',
} as const;

export function formatErrorMessage(code: DomainErrorCode, params: Record<string, string | number> = {}): string {
  return ERROR_MESSAGES[code].replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
}
