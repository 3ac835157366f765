import { z } from 'zod';
import { defineContracts } from './contract';

export const systemContracts = defineContracts({
  'system.ping': {
    summary: 'Leeft de kern nog; ook gebruikt om de overhead van een aanroep te meten',
    access: 'public',
    input: z.object({}),
    output: z.object({ at: z.string() }),
  },
});
