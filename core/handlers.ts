import type { z } from 'zod';
import type { Contract, ContractMap } from './contracts/contract';
import type { HandlerContext } from './context';

export type Handler<C extends Contract> = (
  input: z.output<C['input']>,
  ctx: HandlerContext,
) => z.input<C['output']> | Promise<z.input<C['output']>>;

/** An area's handlers: exactly one per procedure of its contract map, checked by the compiler. */
export type AreaHandlers<M extends ContractMap> = { [N in keyof M]: Handler<M[N]> };

export function defineHandlers<M extends ContractMap>(_contracts: M, handlers: AreaHandlers<M>): AreaHandlers<M> {
  return handlers;
}
