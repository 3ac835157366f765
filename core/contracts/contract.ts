import type { z } from 'zod';
import type { Role } from './roles';

/**
 * Who may call a procedure: `public` (no sign-in, e.g. sign-in itself), `signedIn` (any staff
 * member), or a list of roles of which the caller needs at least one.
 */
export type Access = 'public' | 'signedIn' | readonly Role[];

export interface Contract<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  access: Access;
  /** Short Dutch description, shown nowhere but useful when reading the map. */
  summary: string;
}

export type ContractMap = Record<string, Contract>;

export function defineContracts<const M extends ContractMap>(map: M): M {
  return map;
}

/** Merges the areas' maps; a procedure name defined twice is a programming error at start-up. */
export function mergeContracts<const A extends readonly ContractMap[]>(...maps: A): UnionToIntersection<A[number]> {
  const merged: ContractMap = {};
  for (const map of maps) {
    for (const [name, contract] of Object.entries(map)) {
      if (name in merged) throw new Error(`Procedure ${name} is defined twice`);
      merged[name] = contract;
    }
  }
  return merged as UnionToIntersection<A[number]>;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
