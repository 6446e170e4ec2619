// Showing amounts kept in 万元: 亿元 once they reach one 亿 (10,000 万元).
const WAN_PER_YI = 10000;

export interface MoneyText {
  number: string;
  unit: '万元' | '亿元';
}

export function formatMoney(wan: number): MoneyText {
  // Decide on the amount as shown, so that 9999.999 is not shown as "10,000 万元".
  if (Math.abs(Number(wan.toFixed(2))) >= WAN_PER_YI) {
    const yi = wan / WAN_PER_YI;
    return { number: trimZeros(groupDigits(yi, Math.abs(yi) >= 100 ? 1 : 2)), unit: '亿元' };
  }
  return { number: trimZeros(groupDigits(wan, 2)), unit: '万元' };
}

export function groupDigits(x: number, decimals: number): string {
  // A sum that is zero up to binary noise (0.3 - 0.1 - 0.2) shows as 0, not -0.
  const fixed = x.toFixed(decimals).replace(/^-(?=[0.]+$)/, '');
  const [int = '', frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
