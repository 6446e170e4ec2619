// Where a pasted block lands: from the selection's top-left cell, repeated to fill a selection that
// is a whole multiple of it (as Excel does), and past the last row, where the sheet adds rows.

export interface PasteTarget {
  /** Top-left cell of the selection, in sheet (visual) coordinates. */
  row: number;
  col: number;
  /** Size of the selection. */
  rows: number;
  cols: number;
}

export interface PlacedCell {
  row: number;
  col: number;
  value: string;
}

export interface Placement {
  cells: PlacedCell[];
  /** Cells that fell beyond the last column and were left out. */
  clipped: number;
}

export function placeBlock(
  block: readonly (readonly string[])[],
  target: PasteTarget,
  columnCount: number,
): Placement {
  const height = block.length;
  const width = Math.max(0, ...block.map((r) => r.length));
  if (height === 0 || width === 0) return { cells: [], clipped: 0 };
  const tiles =
    target.rows % height === 0 && target.cols % width === 0
      ? { down: target.rows / height, across: target.cols / width }
      : { down: 1, across: 1 };
  const cells: PlacedCell[] = [];
  let clipped = 0;
  for (let ty = 0; ty < tiles.down; ty++) {
    for (let tx = 0; tx < tiles.across; tx++) {
      for (const [dy, line] of block.entries()) {
        for (const [dx, value] of line.entries()) {
          const row = target.row + ty * height + dy;
          const col = target.col + tx * width + dx;
          if (col >= columnCount) clipped += 1;
          else cells.push({ row, col, value });
        }
      }
    }
  }
  return { cells, clipped };
}
