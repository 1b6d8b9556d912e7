/**
 * At most N requests in flight per host, shared by every fetch in the process, so that a
 * list of a thousand URLs from one site does not hammer it.
 */
class Semaphore {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  async acquire(): Promise<() => void> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active--;
      this.waiting.shift()?.();
    };
  }

  get idle(): boolean {
    return this.active === 0 && this.waiting.length === 0;
  }
}

const perHost = new Map<string, Semaphore>();

/** Waits for a free slot for `host`; returns the function that frees it. */
export async function acquireHostSlot(host: string, limit: number): Promise<() => void> {
  const key = `${host}\u0000${limit}`;
  let sem = perHost.get(key);
  if (!sem) {
    sem = new Semaphore(Math.max(1, limit));
    perHost.set(key, sem);
  }
  const release = await sem.acquire();
  return () => {
    release();
    // Forget idle hosts so a long URL list does not keep one entry per site forever.
    if (sem.idle) perHost.delete(key);
  };
}
