// Showing amounts kept in 万元: 亿元 once they reach one 亿 (10,000 万元).
const WAN_PER_YI = 10000;

export interface MoneyText {
  number: string;
  unit: '万元' | '亿元';
}

export function formatMoney(wan: number): MoneyText {
  if (Math.abs(wan) >= WAN_PER_YI) {
    const yi = wan / WAN_PER_YI;
    return { number: trimZeros(groupDigits(yi, Math.abs(yi) >= 100 ? 1 : 2)), unit: '亿元' };
  }
  return { number: trimZeros(groupDigits(wan, 2)), unit: '万元' };
}

export function groupDigits(x: number, decimals: number): string {
  const fixed = x.toFixed(decimals);
  const [int = '', frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
