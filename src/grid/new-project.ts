// New rows (the add button, a paste past the last row) get a fresh identity and a code nobody
// uses yet; planners renumber them when they keep their own scheme.
import { blankProject } from '../core/project.ts';
import type { Project } from '../core/types.ts';

/** 新项目 (XM): a fixed prefix, so codes do not depend on the UI language. */
export const NEW_CODE_PREFIX = 'XM-';

export function newProject(code: string): Project {
  return blankProject(crypto.randomUUID(), code);
}
