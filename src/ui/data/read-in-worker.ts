// Runs the import file reader in a Web Worker and lets the user stop it. While the data view is
// open a reader waits ready, so choosing a file does not also wait for the reader to load.
import type { Encoding } from '../../io/encoding.ts';
import type { ReadReply, ReadRequest } from '../../io/parse-worker.ts';
import type { FileRead } from '../../io/read-file.ts';

export class ReadCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

export interface WorkerRead {
  result: Promise<FileRead>;
  cancel(): void;
}

const spawn = (): Worker =>
  new Worker(new URL('../../io/parse-worker.ts', import.meta.url), { type: 'module' });

let spare: Worker | null = null;
let keepWarm = false;

/** Starts a reader ahead of need; the function returned lets it go (the view closes). */
export function warmReader(): () => void {
  keepWarm = true;
  spare ??= spawn();
  return () => {
    keepWarm = false;
    spare?.terminate();
    spare = null;
  };
}

export function readInWorker(
  bytes: ArrayBuffer,
  encoding: Encoding | null,
  onProgress: (fraction: number) => void,
): WorkerRead {
  const worker = spare ?? spawn();
  spare = null;
  let settle: { resolve: (r: FileRead) => void; reject: (e: Error) => void } | null = null;
  const result = new Promise<FileRead>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const finish = (): void => {
    worker.terminate();
    settle = null;
    // The next file (a corrected one, often) finds a reader ready too.
    if (keepWarm) spare ??= spawn();
  };
  worker.onmessage = (event: MessageEvent<ReadReply>) => {
    const message = event.data;
    if (message.type === 'progress') return onProgress(message.fraction);
    const s = settle;
    finish();
    if (message.type === 'done') s?.resolve(message.result);
    else s?.reject(new Error(message.message));
  };
  worker.onerror = (event) => {
    const s = settle;
    finish();
    s?.reject(new Error(event.message));
  };
  // The worker gets its own copy: the page keeps the bytes to re-read in another encoding.
  const request: ReadRequest = { bytes: bytes.slice(0), encoding };
  worker.postMessage(request, [request.bytes]);
  return {
    result,
    cancel() {
      const s = settle;
      finish();
      s?.reject(new ReadCancelled());
    },
  };
}
