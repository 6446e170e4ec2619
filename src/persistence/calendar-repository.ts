// The working-day calendar in IndexedDB; seeded on first use from the `chinese-days` package,
// a maintained list of China's public holidays and make-up working days.
import { calendarFromChineseDays, type WorkCalendar } from '../core/working-days.ts';
import type { BattlemapDb } from './db.ts';
import { CALENDAR_ID } from './first-read.ts';
export const CALENDAR_SOURCE = 'chinese-days 1.5.7';

export class CalendarRepository {
  constructor(private readonly db: BattlemapDb) {}

  /** The stored calendar, or the package's list stored now (it loads only on that first run). */
  async load(): Promise<WorkCalendar> {
    const row = await this.db.calendars.get(CALENDAR_ID);
    if (row) return row.calendar;
    const { default: data } = await import('chinese-days/dist/chinese-days.json');
    const calendar = calendarFromChineseDays(data, CALENDAR_SOURCE);
    await this.save(calendar);
    return calendar;
  }

  async save(calendar: WorkCalendar): Promise<void> {
    await this.db.calendars.put(structuredClone({ id: CALENDAR_ID, calendar }));
  }
}
