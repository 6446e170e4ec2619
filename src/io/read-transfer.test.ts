import { describe, expect, it } from 'vitest';
import type { FileRead } from './read-file.ts';
import { packRead, transferables, unpackRead } from './read-transfer.ts';

const read: FileRead = {
  format: 'csv',
  encoding: 'gb18030',
  candidates: ['utf-8', 'gb18030'],
  sheets: [
    {
      name: '项目',
      rows: [
        { line: 1, cells: ['项目编码', '项目名称'] },
        { line: 2, cells: ['B-1', '两行\n名称'] },
        { line: 4, cells: ['B-2'] },
      ],
    },
    { name: '空', rows: [] },
  ],
  problems: [{ reason: 'raggedRow', line: 4, column: null, value: '1/2', blocking: true }],
};

describe('read transfer', () => {
  it('gives back the same read after a structured clone with its buffers moved', () => {
    const packed = packRead(read);
    const moved = structuredClone(packed, { transfer: transferables(packed) });
    expect(unpackRead(moved)).toEqual(read);
  });
});
