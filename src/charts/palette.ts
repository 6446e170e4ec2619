// The battle map's colours: the status lights match the app's CSS (--green, --yellow, --red);
// milestones use hues that cannot be mistaken for a light.
import type { Light } from '../core/status.ts';

export const LIGHT_COLORS: Record<Light, string> = {
  green: '#15803d',
  yellow: '#ca8a04',
  red: '#b91c1c',
};

/** A planned bar not yet begun is tinted with its light, so a late start shows before it begins. */
export const LIGHT_TINTS: Record<Light, string> = {
  green: 'rgba(21, 128, 61, 0.16)',
  yellow: 'rgba(202, 138, 4, 0.22)',
  red: 'rgba(185, 28, 28, 0.22)',
};

/** Planned bars are a baseline: an outline the actual bar is drawn over. */
export const PLAN_STROKE = '#4b5563';
export const PLAN_FILL = 'rgba(148, 163, 184, 0.18)';
export const INK = '#1f2937';
export const MUTED = '#6b7280';
export const GROUP_BAND = '#f1f5f9';
export const NON_WORKING_DAY = 'rgba(100, 116, 139, 0.10)';
export const AS_OF_LINE = '#b91c1c';

export const MILESTONE_COLORS = {
  signed: '#1d4ed8',
  started: '#7c3aed',
  completed: '#0f766e',
  operating: '#9a3412',
} as const;
