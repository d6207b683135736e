import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Runs suite files one after another in name order, the order a plan plays them in: on a target
 * whose rate windows all suites share (a URL, the real cloud), the documented-rate time the plan
 * counted is then the time the run waits.
 */
export class NameOrderSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => (a.moduleId < b.moduleId ? -1 : a.moduleId > b.moduleId ? 1 : 0));
  }
}
