/**
 * Which processes live subscriptions could read: the background refresh after an event reads a
 * process again only when someone holds it in cache or watches it (reading it for nobody would spend
 * Feishu's budget on nothing). A watch names processes, or all of them (a stream without a process
 * filter; an inbox waiting for its user's new tasks, which only a fresh detail reveals).
 */
export class ProcessWatchers {
  private everything = 0;
  private readonly byProcess = new Map<string, number>();

  /** Starts watching; the returned function stops (once). */
  watch(processIds?: readonly string[]): () => void {
    const ids = processIds ? [...new Set(processIds)] : undefined;
    if (ids) for (const id of ids) this.byProcess.set(id, (this.byProcess.get(id) ?? 0) + 1);
    else this.everything += 1;
    let stopped = false;
    return () => {
      if (stopped) return;
      stopped = true;
      if (!ids) {
        this.everything -= 1;
        return;
      }
      for (const id of ids) {
        const left = (this.byProcess.get(id) ?? 1) - 1;
        if (left > 0) this.byProcess.set(id, left);
        else this.byProcess.delete(id);
      }
    };
  }

  watches(processId: string): boolean {
    return this.everything > 0 || this.byProcess.has(processId);
  }
}
