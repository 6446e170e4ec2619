// Reads an import file off the main thread: large files decode and parse here, posting progress,
// and the page stays responsive; cancelling terminates the worker.
import type { Encoding } from './encoding.ts';
import { readFile, type FileRead } from './read-file.ts';

export interface ReadRequest {
  bytes: ArrayBuffer;
  encoding: Encoding | null;
}

export type ReadReply =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; result: FileRead }
  | { type: 'failed'; message: string };

const reply = (message: ReadReply): void => postMessage(message);

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
    reply({ type: 'done', result });
  } catch (error) {
    reply({ type: 'failed', message: String(error) });
  }
};
