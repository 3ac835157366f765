import { persons } from '../../db/schema';
import { csvFilename } from '../contracts/csv';
import { amsterdamDay } from '../contracts/format';
import { personsContracts } from '../contracts/persons';
import { defineHandlers } from '../handlers';
import { findDuplicates } from './duplicates';
import { personsCsv } from './export';
import { listPersons } from './list';
import { mergePersons } from './merge';
import { getLivePersonRow, personView } from './queries';
import { insertPerson, personValues } from './write';

export const personsHandlers = defineHandlers(personsContracts, {
  'persons.create': (input, ctx) => {
    const created = ctx.write((w) => insertPerson(w, input));
    return personView(ctx.sqlite, created.id);
  },

  'persons.update': (input, ctx) => {
    const { id, version, ...fields } = input;
    getLivePersonRow(ctx.sqlite, id);
    ctx.write((w) => w.update(persons, id, personValues(fields), { expectedVersion: version }));
    return personView(ctx.sqlite, id);
  },

  'persons.get': (input, ctx) => personView(ctx.sqlite, input.id),

  'persons.list': (input, ctx) => ({ offset: input.offset, ...listPersons(ctx.sqlite, input, input.offset, input.limit) }),

  'persons.checkDuplicates': (input, ctx) => findDuplicates(ctx.sqlite, input),

  'persons.merge': (input, ctx) => {
    const moved = mergePersons(ctx, input.keepId, input.mergeId);
    return { person: personView(ctx.sqlite, input.keepId), moved };
  },

  'persons.exportCsv': (input, ctx) => {
    const { text, rows } = personsCsv(ctx.sqlite, input);
    return { filename: csvFilename('Personen', amsterdamDay(ctx.clock.now())), text, rows };
  },
});
