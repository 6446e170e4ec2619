// Work the first paint of the sheet does not need (columns out of view, counts over every row)
// waits until that frame is on screen: the animation frame runs just before the paint, the task
// queued from it just after (as markAfterPaint in ui/user-timing.ts times it).
export function afterPaint(work: () => void): void {
  requestAnimationFrame(() => {
    setTimeout(work, 0);
  });
}
