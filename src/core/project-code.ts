// New rows need a code nobody uses yet; planners renumber them later if they keep their own scheme.
export function nextProjectCode(existing: Iterable<string>, prefix: string): string {
  const used = new Set(existing);
  for (let n = used.size + 1; ; n++) {
    const code = `${prefix}${String(n).padStart(4, '0')}`;
    if (!used.has(code)) return code;
  }
}
