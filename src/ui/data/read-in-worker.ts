// Runs the import file reader in a Web Worker and lets the user stop it. When the data view opens
// a reader is started, so choosing the first file does not also wait for the reader to load; later
// reads start their own (a spare loading while an import is planned would compete for the CPU).
import type { Encoding } from '../../io/encoding.ts';
import type { ReadReply, ReadRequest } from '../../io/parse-worker.ts';
import type { FileRead } from '../../io/read-file.ts';
import { unpackRead } from '../../io/read-transfer.ts';

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

/** Starts a reader ahead of need; the function returned lets it go (the view closes). */
export function warmReader(): () => void {
  spare ??= spawn();
  return () => {
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
  };
  worker.onmessage = (event: MessageEvent<ReadReply>) => {
    const message = event.data;
    if (message.type === 'progress') return onProgress(message.fraction);
    const s = settle;
    finish();
    if (message.type === 'done') s?.resolve(unpackRead(message.result));
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
