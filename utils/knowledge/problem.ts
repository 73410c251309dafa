/**
 * One thing wrong with a knowledge pack source file, reported to content authors by
 * `npm run kb -- validate` and to users when a remote pack is rejected. Messages are Dutch.
 */
export interface Problem {
  /** Path relative to the pack directory, e.g. `kostendelersnorm.md` or `checklists/gesprek.yaml`. */
  file: string;
  /** 1-based line in that file, when the problem can be pinned to one. */
  line?: number;
  message: string;
  severity: 'error' | 'warning';
}

export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const label = problem.severity === 'error' ? 'fout' : 'waarschuwing';
  return `${where}: ${label}: ${problem.message}`;
}
