import { v7 as uuidv7 } from 'uuid';

export interface Ids {
  /** A UUIDv7: time-ordered, so indexes stay compact and rows made offline never collide. */
  next(): string;
}

export const uuidIds: Ids = { next: () => uuidv7() };
