// The campaign's thresholds for status lights: settings the user may change.
export interface StatusRules {
  /** Yellow when investment done trails time progress by more than this many percentage points. */
  behindMarginPoints: number;
  /** Yellow when a planned milestone or workstream end falls due within this many days. */
  dueSoonDays: number;
}

export const DEFAULT_STATUS_RULES: StatusRules = { behindMarginPoints: 10, dueSoonDays: 10 };
