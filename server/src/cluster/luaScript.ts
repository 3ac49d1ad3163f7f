import type { Redis } from 'ioredis';

/**
 * A Lua script Redis runs atomically: nothing else touches the keys between its reads and its
 * writes, which is what lets two instances decide who publishes a change without a lock.
 *
 * Sent whole with EVAL every time rather than by hash (EVALSHA, as ioredis' defineCommand
 * does): after a Redis restart EVALSHA fails with NOSCRIPT and is retried, and that retry can
 * overtake a later script sent on the same connection. Our scripts are a few hundred bytes and
 * run when someone joins or leaves, so order matters more than the bytes.
 */
export class LuaScript {
  constructor(
    /** For logs and errors: what the script does. */
    readonly name: string,
    private readonly source: string,
  ) {}

  run(redis: Redis, keys: string[], args: (string | number)[]): Promise<unknown> {
    return redis.eval(this.source, keys.length, ...keys, ...args);
  }
}
