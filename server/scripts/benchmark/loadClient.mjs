/**
 * The benchmark's HTTP client, in a worker thread of its own so its work does
 * not share the event loop with the server it measures. Plain JavaScript:
 * worker threads do not inherit the tsx loader.
 *
 * workerData: { url, cookie, total, concurrency }
 * posts back: { samples: ms per request (fetch until the whole body arrived), perSecond }
 */
import { parentPort, workerData } from 'node:worker_threads';

async function run({ url, cookie, total, concurrency }) {
  const samples = [];
  let started = 0;
  const worker = async () => {
    while (started < total) {
      started += 1;
      const begin = performance.now();
      const response = await fetch(url, { headers: { cookie } });
      await response.arrayBuffer();
      samples.push(performance.now() - begin);
      if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
    }
  };
  const begin = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { samples, perSecond: (total * 1000) / (performance.now() - begin) };
}

parentPort?.postMessage(await run(workerData));
