import { improvementOptions, officeClosingDays, procedureSettings } from '../../db/schema';
import { ensureProcedureSettings, findProcedureSettings } from '../complaints/settings';
import { procedureSettingsContracts } from '../contracts/procedure-settings';
import { DomainError } from '../errors';
import { defineHandlers } from '../handlers';
import { daysOff, findClosingDay, findImprovementByName, findImprovementOption, improvementList, procedureSettingsView } from './queries';

/**
 * The office calendar and the procedure's ambiguous choices (DOMAIN.md: settings, not constants).
 * Changing them affects deadlines set from then on; deadlines already on a dossier keep the day
 * they were given.
 */
export const procedureHandlers = defineHandlers(procedureSettingsContracts, {
  'procedure.getSettings': (_input, ctx) => procedureSettingsView(ctx.db),

  'procedure.updateSettings': (input, ctx) => {
    const { version, ...values } = input;
    // The form read the defaults as version 0 before a row existed.
    if (version !== undefined && version !== (findProcedureSettings(ctx.db)?.version ?? 0)) throw new DomainError('record.stale');
    ctx.write((w) => w.update(procedureSettings, ensureProcedureSettings(w, ctx.db).id, values));
    return procedureSettingsView(ctx.db);
  },

  'procedure.addClosingDay': (input, ctx) => {
    if (findClosingDay(ctx.db, input.day)) throw new DomainError('procedure.closing_day_exists', {}, ['day']);
    ctx.write((w) => w.insert(officeClosingDays, { day: input.day, description: input.description }));
    return procedureSettingsView(ctx.db);
  },

  'procedure.removeClosingDay': (input, ctx) => {
    const current = procedureSettingsView(ctx.db).closingDays.find((d) => d.id === input.id);
    if (!current) throw new DomainError('record.not_found');
    ctx.write((w) => w.remove(officeClosingDays, current.id));
    return procedureSettingsView(ctx.db);
  },

  'procedure.holidays': (input, ctx) => daysOff(ctx.db, input.year),

  // K15: the admin keeps the lists; a retired option stays on the dossiers filed under it.
  'improvement.list': (_input, ctx) => improvementList(ctx.db),

  'improvement.add': (input, ctx) => {
    if (findImprovementByName(ctx.db, input.list, input.name)) throw new DomainError('improvement.name_taken', {}, ['name']);
    ctx.write((w) => w.insert(improvementOptions, { list: input.list, name: input.name, active: true }));
    return improvementList(ctx.db);
  },

  'improvement.update': (input, ctx) => {
    const current = findImprovementOption(ctx.db, input.id);
    if (!current) throw new DomainError('record.not_found');
    const same = findImprovementByName(ctx.db, current.list, input.name);
    if (same && same.id !== current.id) throw new DomainError('improvement.name_taken', {}, ['name']);
    ctx.write((w) => w.update(improvementOptions, current.id, { name: input.name, active: input.active }));
    return improvementList(ctx.db);
  },
});
