import os from "node:os";
import { AppError } from "@qifu/domain";

/**
 * A bounded queue for CPU-heavy work (password hashing, issue 11 point 2): at most
 * `concurrency` jobs run at once (one per core by default) and at most `maxWaiting` wait;
 * past that the caller is told the system is busy (429) instead of every request slowing
 * down. Sign-in, sign-up and password changes all hash through the one queue below.
 */
export function createWorkQueue(concurrency: number, maxWaiting: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    running--;
    const next = waiting.shift();
    if (next) {
      running++;
      next();
    }
  };
  return {
    async run<T>(job: () => Promise<T>): Promise<T> {
      if (running >= concurrency) {
        if (waiting.length >= maxWaiting)
          throw new AppError("TOO_MANY_REQUESTS", { zh: "系统繁忙，请稍后重试", en: "The system is busy, please try again shortly" });
        await new Promise<void>((resolve) => waiting.push(resolve));
      } else running++;
      try {
        return await job();
      } finally {
        release();
      }
    },
    stats: () => ({ running, waiting: waiting.length }),
  };
}

/** `QIFU_HASH_CONCURRENCY` (default: the number of cores) hashes at once, 500 waiting at most. */
export const hashQueue = createWorkQueue(Math.max(1, Number(process.env.QIFU_HASH_CONCURRENCY) || os.availableParallelism()), 500);
