// The part of Frappe Gantt's API the bench uses (the package ships no type declarations).
declare module 'frappe-gantt' {
  export interface FrappeTask {
    id: string;
    name: string;
    start: string;
    end: string;
    /** 0…100 */
    progress: number;
  }
  export interface FrappeOptions {
    view_mode?: 'Day' | 'Week' | 'Month' | 'Year';
    container_height?: number | 'auto';
    scroll_to?: string;
    readonly?: boolean;
    popup_on?: 'click' | 'hover';
  }
  export default class Gantt {
    constructor(wrapper: HTMLElement, tasks: FrappeTask[], options?: FrappeOptions);
  }
}
