export function median(samples: readonly number[]): number;
