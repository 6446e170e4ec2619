// Reads an import file off the main thread: large files decode and parse here, posting progress,
// and the page stays responsive; cancelling terminates the worker.
import type { Encoding } from './encoding.ts';
import { readFile } from './read-file.ts';
import { packRead, transferables, type ReadTransfer } from './read-transfer.ts';

export interface ReadRequest {
  bytes: ArrayBuffer;
  encoding: Encoding | null;
}

export type ReadReply =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; result: ReadTransfer }
  | { type: 'failed'; message: string };

const reply = (message: ReadReply, transfer: Transferable[] = []): void =>
  postMessage(message, { transfer });

/** Progress is posted at most this often, so a big file is not slowed by its own reports. */
const PROGRESS_STEP = 0.02;

onmessage = async (event: MessageEvent<ReadRequest>) => {
  let last = 0;
  try {
    const result = await readFile(new Uint8Array(event.data.bytes), event.data.encoding, (f) => {
      if (f - last < PROGRESS_STEP && f < 1) return;
      last = f;
      reply({ type: 'progress', fraction: f });
    });
    const packed = packRead(result);
    reply({ type: 'done', result: packed }, transferables(packed));
  } catch (error) {
    reply({ type: 'failed', message: String(error) });
  }
};
