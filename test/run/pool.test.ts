import { describe, expect, it } from 'vitest';
import { runOrdered, WorkerPool } from '../../src/run/pool.js';

/** A promise the test settles by hand, to finish items in any order. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

/** runOrdered over items whose runs the test finishes by hand; records what was started and emitted. */
function harness(count: number, options: { concurrency: number; window?: number }) {
  const runs = Array.from({ length: count }, () => deferred<string>());
  const started: number[] = [];
  const emitted: string[] = [];
  let running = 0;
  let maxRunning = 0;
  let pulled = 0;
  function* items() {
    for (let i = 0; i < count; i++) {
      pulled++;
      yield i;
    }
  }
  const done = runOrdered(items(), {
    ...options,
    run: (item) => {
      started.push(item);
      maxRunning = Math.max(maxRunning, ++running);
      return runs[item]!.promise.finally(() => running--);
    },
    emit: (_item, result) => {
      emitted.push(result);
    },
  });
  return { runs, started, emitted, done, pulled: () => pulled, maxRunning: () => maxRunning };
}

describe('runOrdered', () => {
  it('emits in input order although later items finish first', async () => {
    const h = harness(3, { concurrency: 3 });
    await tick();
    h.runs[2]!.resolve('c');
    h.runs[1]!.resolve('b');
    await tick();
    expect(h.emitted).toEqual([]);
    h.runs[0]!.resolve('a');
    await h.done;
    expect(h.emitted).toEqual(['a', 'b', 'c']);
  });

  it('emits each result as soon as all before it are out, not at the end', async () => {
    const h = harness(3, { concurrency: 3 });
    await tick();
    h.runs[0]!.resolve('a');
    await tick();
    expect(h.emitted).toEqual(['a']);
    h.runs[1]!.resolve('b');
    await tick();
    expect(h.emitted).toEqual(['a', 'b']);
    h.runs[2]!.resolve('c');
    await h.done;
  });

  it('never runs more than `concurrency` items at once', async () => {
    const h = harness(10, { concurrency: 2 });
    for (let i = 0; i < 10; i++) {
      await tick();
      h.runs[i]!.resolve(String(i));
    }
    await h.done;
    expect(h.maxRunning()).toBe(2);
    expect(h.emitted).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('stops reading inputs while a slow first item holds the window full', async () => {
    const h = harness(50, { concurrency: 2, window: 4 });
    await tick();
    // Everything but item 0 finishes at once; item 0 holds the window.
    for (let i = 1; i < 50; i++) h.runs[i]!.resolve(String(i));
    for (let i = 0; i < 5; i++) await tick();
    expect(h.started).toEqual([0, 1, 2, 3]);
    expect(h.pulled()).toBeLessThanOrEqual(5);
    expect(h.emitted).toEqual([]);
    h.runs[0]!.resolve('0');
    await h.done;
    expect(h.emitted).toHaveLength(50);
    expect(h.started).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it('waits for a slow emit (a full output pipe) before emitting the next', async () => {
    const gate = deferred<void>();
    const emitted: number[] = [];
    const done = runOrdered([0, 1, 2], {
      concurrency: 3,
      run: async (item) => item,
      emit: async (item) => {
        emitted.push(item);
        if (item === 0) await gate.promise;
      },
    });
    for (let i = 0; i < 5; i++) await tick();
    expect(emitted).toEqual([0]);
    gate.resolve();
    await done;
    expect(emitted).toEqual([0, 1, 2]);
  });

  it('reads async iterables and handles an empty batch', async () => {
    async function* none(): AsyncGenerator<number> {}
    const emitted: number[] = [];
    await runOrdered(none(), { concurrency: 2, run: async (i) => i, emit: (i) => void emitted.push(i) });
    expect(emitted).toEqual([]);
  });

  it('rejects when a run rejects, after emitting what came before it', async () => {
    const emitted: number[] = [];
    const done = runOrdered([0, 1, 2], {
      concurrency: 1,
      run: async (item) => {
        if (item === 1) throw new Error('boom');
        return item;
      },
      emit: (item) => void emitted.push(item),
    });
    await expect(done).rejects.toThrow('boom');
    expect(emitted).toEqual([0]);
  });
});

// Plain CommonJS run with eval, so the pool is tested with real threads without a build step.
const ECHO_WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, input }) => {
  if (input === 'die') process.exit(3);
  setTimeout(() => parentPort.postMessage({ id, output: input.toUpperCase() + ':' + require('node:worker_threads').threadId }), input.length);
});`;

describe('WorkerPool', () => {
  it('returns each output to the task that asked for it, across threads', async () => {
    const pool = await WorkerPool.start<string, string>(ECHO_WORKER, 2, (reason) => `crash ${reason}`, { eval: true });
    try {
      const inputs = ['aaaaaaaaaaaaaaaaaaaa', 'b', 'cccccccccc', 'd', 'eeeee', 'f'];
      const outputs = await Promise.all(inputs.map((input) => pool.run(input)));
      expect(outputs.map((o) => o.split(':')[0])).toEqual(inputs.map((i) => i.toUpperCase()));
      expect(new Set(outputs.map((o) => o.split(':')[1])).size).toBe(2);
    } finally {
      await pool.close();
    }
  });

  it('fails the tasks of a crashed thread through onCrash and replaces the thread', async () => {
    const pool = await WorkerPool.start<string, string>(ECHO_WORKER, 1, (reason) => `crash: ${reason}`, { eval: true });
    try {
      expect(await pool.run('die')).toBe('crash: worker stopped with exit code 3');
      expect((await pool.run('next')).split(':')[0]).toBe('NEXT');
    } finally {
      await pool.close();
    }
  });

  it('starts more than ten threads without a MaxListenersExceededWarning on process.stdout or stderr', async () => {
    const before = [process.stdout.listenerCount('error'), process.stderr.listenerCount('error')];
    const warnings: Error[] = [];
    const onWarning = (w: Error): void => void warnings.push(w);
    process.on('warning', onWarning);
    const pool = await WorkerPool.start<string, string>(ECHO_WORKER, 14, () => 'crash', { eval: true });
    try {
      await Promise.all(Array.from({ length: 28 }, (_, i) => pool.run(`x${i}`)));
      await pool.run('die'); // a replaced thread must not leave its listeners behind either
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect([process.stdout.listenerCount('error'), process.stderr.listenerCount('error')]).toEqual(before);
      expect(warnings.map((w) => w.name)).not.toContain('MaxListenersExceededWarning');
    } finally {
      process.off('warning', onWarning);
      await pool.close();
    }
  });

  it('refuses work after close', async () => {
    const pool = await WorkerPool.start<string, string>(ECHO_WORKER, 1, () => 'crash', { eval: true });
    await pool.close();
    await expect(pool.run('x')).rejects.toThrow('closed');
  });
});
