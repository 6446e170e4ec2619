export function ledgerCsv(rows: number): string;
