/** A timed job of the in-process scheduler (DESIGN.md §6 "Jobs"). */
export type TScheduler<R = unknown> = { stop(): Promise<void>; runNow(): Promise<R | null> };

/**
 * Run `sweep(now)` every `intervalMs`, never two at once; a failure is logged and the next tick
 * tries again. The sweeps themselves are idempotent (conditional writes), so the same sweep may
 * also run in a separate worker process on PostgreSQL.
 */
export function startScheduler<R>(
  name: string,
  sweep: (now: Date) => Promise<R>,
  opts: { intervalMs?: number; now?: () => Date; log?: (msg: string, extra?: unknown) => void; worthLogging?: (r: R) => boolean } = {},
): TScheduler<R> {
  const now = opts.now ?? (() => new Date());
  const log = opts.log ?? (() => {});
  let running: Promise<R | null> | null = null;
  const run = () => {
    if (running) return running;
    running = sweep(now())
      .then((r) => {
        if (opts.worthLogging?.(r) ?? true) log(name, r);
        return r;
      })
      .catch((err) => {
        log(`${name} failed`, String(err));
        return null;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(run, opts.intervalMs ?? 60_000);
  timer.unref?.();
  return {
    runNow: run,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
