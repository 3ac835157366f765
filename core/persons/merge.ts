import { persons } from '../../db/schema';
import type { HandlerContext } from '../context';
import { DomainError } from '../errors';
import { getLivePersonRow } from './queries';
import { moveReferences } from './references';
import { derivedPersonColumns, fillFromMerged } from './rules';

/**
 * Merges a duplicate into the person that is kept, in one transaction: every reference moves
 * (core/persons/references.ts), the kept person takes over what it lacked, and the duplicate becomes
 * a tombstone pointing at the kept one. No audit line is touched: both histories stay as they were,
 * each under its own id, and the merge itself is audited as the changes it made.
 */
export function mergePersons(ctx: HandlerContext, keepId: string, mergeId: string) {
  return ctx.write((w) => {
    const keep = getLivePersonRow(ctx.sqlite, keepId);
    const merged = getLivePersonRow(ctx.sqlite, mergeId);
    if (keep.kind !== merged.kind) throw new DomainError('person.merge_kind', {}, ['mergeId']);
    const moved = moveReferences(w, ctx.db, mergeId, keepId);
    const patch = fillFromMerged(keep, merged);
    const kept = { ...keep, ...patch };
    w.update(persons, keepId, { ...patch, ...derivedPersonColumns(kept) } as never);
    w.update(persons, mergeId, { mergedIntoId: keepId });
    w.remove(persons, mergeId);
    return moved;
  });
}
