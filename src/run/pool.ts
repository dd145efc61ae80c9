// Many inputs, a few at a time, results back in input order: the engine behind `parse --jobs`.
//   runOrdered(['a', 'b', 'c'], { concurrency: 2, run, emit }) → emit('a'), emit('b'), emit('c'), each as soon as it and all before it are done
import type { Worker, WorkerOptions } from 'node:worker_threads';

export interface OrderedOptions<I, O> {
  /** Items running at once. */
  concurrency: number;
  /** Items started but not yet emitted, at most; bounds memory while an early item is slow. Default 4 × concurrency. */
  window?: number;
  run(item: I, index: number): Promise<O>;
  emit(item: I, result: O, index: number): void | Promise<void>;
}

type Settled<I, O> = { item: I; result: O } | { item: I; error: unknown };

/** Runs every item, emitting results in input order; reads `items` only as the window allows. */
export async function runOrdered<I, O>(items: Iterable<I> | AsyncIterable<I>, options: OrderedOptions<I, O>): Promise<void> {
  const concurrency = Math.max(1, options.concurrency);
  const window = Math.max(concurrency, options.window ?? concurrency * 4);
  const iterator = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
  const done = new Map<number, Settled<I, O>>();
  let started = 0;
  let emitted = 0;
  let running = 0;
  let exhausted = false;
  let wake = (): void => {};

  const canStart = (): boolean => !exhausted && running < concurrency && started - emitted < window;
  const start = (item: I): void => {
    const index = started++;
    running++;
    const settle = (outcome: Settled<I, O>): void => {
      done.set(index, outcome);
      running--;
      wake();
    };
    options.run(item, index).then(
      (result) => settle({ item, result }),
      (error: unknown) => settle({ item, error }),
    );
  };

  for (;;) {
    while (canStart()) {
      const step = await iterator.next();
      if (step.done) exhausted = true;
      else start(step.value);
    }
    let progressed = false;
    for (let next = done.get(emitted); next; next = done.get(emitted)) {
      done.delete(emitted);
      if ('error' in next) throw next.error;
      await options.emit(next.item, next.result, emitted++);
      progressed = true;
    }
    if (exhausted && running === 0 && done.size === 0) return;
    // State is checked synchronously right before waiting, so no settle can slip between check and wait.
    if (!progressed && !canStart() && !done.has(emitted)) await new Promise<void>((resolve) => (wake = resolve));
  }
}

/** What travels between the pool and a worker (see worker.ts). */
export type TaskMessage<In> = { id: number; input: In };
export type ResultMessage<Out> = { id: number; output: Out };

interface Slot {
  worker: Worker;
  pending: Set<number>;
}

/**
 * A fixed set of worker threads; `run` sends one input to the least busy one.
 * A worker that crashes (out of memory, process.exit) fails the tasks sent to it through `onCrash`
 * and is replaced; the other workers' tasks go on.
 */
export class WorkerPool<In, Out> {
  private readonly slots: Slot[] = [];
  private readonly waiting = new Map<number, (output: Out) => void>();
  private nextId = 0;
  private closed = false;

  /** Starts `size` threads running `file`. node:worker_threads is loaded only here: a one-thread run never pays for it. */
  static async start<In, Out>(file: string | URL, size: number, onCrash: (reason: string) => Out, options: WorkerOptions = {}): Promise<WorkerPool<In, Out>> {
    const { Worker } = await import('node:worker_threads');
    return new WorkerPool<In, Out>(Worker, file, size, onCrash, options);
  }

  private constructor(
    private readonly WorkerClass: typeof Worker,
    private readonly file: string | URL,
    size: number,
    private readonly onCrash: (reason: string) => Out,
    private readonly options: WorkerOptions,
  ) {
    for (let i = 0; i < Math.max(1, size); i++) this.slots.push(this.spawn());
  }

  run(input: In, transfer: ArrayBuffer[] = []): Promise<Out> {
    if (this.closed) return Promise.reject(new Error('worker pool is closed'));
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    slot.pending.add(id);
    return new Promise<Out>((resolve) => {
      this.waiting.set(id, resolve);
      slot.worker.postMessage({ id, input } satisfies TaskMessage<In>, transfer);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    // Own stdio streams, read here: the default pipes each thread into process.stdout/stderr, adding listeners
    // there until Node warns (MaxListenersExceededWarning) past ten threads, replaced ones included.
    const worker = new this.WorkerClass(this.file, { ...this.options, stdout: true, stderr: true });
    worker.stdout.resume(); // a worker's output is its messages; stray prints are not data
    worker.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    const slot: Slot = { worker, pending: new Set() };
    slot.worker.on('message', ({ id, output }: ResultMessage<Out>) => {
      slot.pending.delete(id);
      this.settle(id, output);
    });
    slot.worker.on('error', (error) => this.crash(slot, `worker failed: ${error.message}`));
    slot.worker.on('exit', (code) => this.crash(slot, `worker stopped with exit code ${code}`));
    return slot;
  }

  private crash(slot: Slot, reason: string): void {
    const index = this.slots.indexOf(slot);
    if (index === -1) return; // 'error' is followed by 'exit'; the first one already handled it
    for (const id of slot.pending) this.settle(id, this.onCrash(reason));
    slot.pending.clear();
    if (this.closed) return;
    void slot.worker.terminate();
    this.slots[index] = this.spawn();
  }

  private settle(id: number, output: Out): void {
    const resolve = this.waiting.get(id);
    this.waiting.delete(id);
    resolve?.(output);
  }
}
