// Work the first paint does not need (a count over every row) waits until that frame is on
// screen, and a timing mark is taken then: the animation frame runs just before the paint, the
// task queued from it just after.
export function afterPaint(work: () => void): void {
  requestAnimationFrame(() => {
    setTimeout(work, 0);
  });
}
