import { searchContracts } from '../contracts/search';
import type { SearchHit } from '../contracts/search';
import { defineHandlers } from '../handlers';
import { findByReading, toHit } from './queries';
import { readQuery } from './rules';

export const searchHandlers = defineHandlers(searchContracts, {
  'search.everywhere': (input, ctx) => {
    const hits: SearchHit[] = [];
    const seen = new Set<string>();
    let more = false;
    for (const reading of readQuery(input.query)) {
      const result = findByReading(ctx.sqlite, reading, input.limit);
      more ||= result.more;
      for (const found of result.found) {
        if (hits.length >= input.limit) {
          more = true;
          break;
        }
        if (seen.has(found.personId)) continue;
        seen.add(found.personId);
        const hit = toHit(ctx.sqlite, found);
        if (hit) hits.push(hit);
      }
    }
    return { query: input.query, hits, more };
  },
});
