// Timing helpers for the benchmark: medians, the machine, wall time and peak RSS of a child process.
//   await runWithPeakRss(process.execPath, ['bin/gzperf.js', 'parse', …]) → { ms: 812.4, rssBytes: 81_264_640, stdoutBytes, lines, sha256, code, stderr }
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { cpus, availableParallelism, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export function describeMachine() {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown CPU';
  return {
    cpu: model,
    cores: availableParallelism(),
    memoryGiB: totalmem() / 2 ** 30,
    os: `${process.platform} ${release()}`,
    node: process.version,
    load: loadavg()[0],
  };
}

/** Wall time of one run of a command, in ms; throws when it fails. */
export function timeRun(command, args, options = {}) {
  const started = performance.now();
  const r = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], ...options });
  const ms = performance.now() - started;
  if (r.status !== 0 && !options.allowFailure) throw new Error(`${command} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const TIME = '/usr/bin/time';

/**
 * Runs a command, reading its stdout as a pipe like a real consumer, and reports wall time and peak RSS:
 * from GNU time when installed, else by polling VmHWM in /proc/<pid>/status.
 */
export function runWithPeakRss(command, args, options = {}) {
  const useTime = existsSync(TIME) && spawnSync(TIME, ['-v', 'true']).status === 0;
  const report = join(tmpdir(), `gzperf-bench-time-${process.pid}.txt`);
  const [file, argv] = useTime ? [TIME, ['-v', '-o', report, command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, argv, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    const hash = createHash('sha256');
    let stdoutBytes = 0;
    let lines = 0;
    let stderr = '';
    let polledKiB = 0;
    child.stdout.on('data', (chunk) => {
      hash.update(chunk);
      stdoutBytes += chunk.length;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const poll = useTime ? null : setInterval(() => (polledKiB = Math.max(polledKiB, readHwmKiB(child.pid))), 5);
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (poll) clearInterval(poll);
      let kib = polledKiB;
      if (useTime) {
        const text = existsSync(report) ? readFileSync(report, 'utf8') : '';
        rmSync(report, { force: true });
        kib = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(text)?.[1] ?? 0);
        code = Number(/Exit status: (\d+)/.exec(text)?.[1] ?? code);
      }
      resolve({ ms, rssBytes: kib * 1024, rssSource: useTime ? 'GNU time' : '/proc VmHWM', stdoutBytes, lines, sha256: hash.digest('hex'), code, stderr });
    });
  });
}

function readHwmKiB(pid) {
  try {
    return Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0; // the process has just ended
  }
}

/** Calls `fn` repeatedly for about `ms` milliseconds; returns calls per second. */
export function callsPerSecond(fn, ms = 300) {
  let calls = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    calls += fn();
    elapsed = performance.now() - started;
  }
  return (calls / elapsed) * 1000;
}
