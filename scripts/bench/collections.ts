// The garbage collections V8 reports while a benchmark runs, so that a run's
// own time can be told from the time spent collecting during it.
import { PerformanceObserver } from 'node:perf_hooks';

/** A stretch of `performance.now()` time: one timed run. */
export type TimedSpan = readonly [start: number, end: number];

export class CollectionLog {
  private readonly collections: { start: number; duration: number }[] = [];
  private readonly observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) this.collections.push({ start: entry.startTime, duration: entry.duration });
  });

  start(): void {
    this.observer.observe({ entryTypes: ['gc'] });
  }

  /** Stops recording once the last collections are reported: V8 reports them after the run that met them. */
  async stop(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 100));
    this.observer.disconnect();
  }

  /** Milliseconds spent collecting during a run. */
  within([start, end]: TimedSpan): number {
    let total = 0;
    for (const collection of this.collections) if (collection.start >= start && collection.start < end) total += collection.duration;
    return total;
  }
}
