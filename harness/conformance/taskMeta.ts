import type { Observation } from '../verdicts/Verdict.js';

// Suites hand their observations to the run's reporter through vitest's test metadata.
declare module 'vitest' {
  interface TaskMeta {
    /** Rules the test checks (all of them get `unknown` if it dies before recording a verdict). */
    ruleIds?: string[];
    observations?: Observation[];
    /** A tool error (network, configuration) that ended the test: never a conformance verdict. */
    toolError?: string;
    /** The test failed because it recorded a `fail` verdict (not because it died). */
    verdictFailure?: boolean;
    /** Calls the test made, per `<product>.<Action>` (for the run's real-cloud time estimate). */
    calls?: Record<string, number>;
    /** Where the test's time went (harness/run/timeAccount.ts). */
    time?: import('../run/timeAccount.js').TimeSpent;
    /** The test's name in its file: its describe blocks and its own name, joined with ' > ' (harness/run/testKey.ts). */
    testKey?: string;
    /** The RefusalChangesNothing rules the test checks besides the ones it names (its name has them too). */
    impliedRuleIds?: string[];
    /** What the test did, in order, as the plan counts it (harness/run/callTrace.ts). */
    trace?: import('../run/callTrace.js').TraceStep[];
    /** The test creates or changes resources (RuleOptions.mutates). */
    mutates?: boolean;
    /** Property runs the test did (RuleTest.propertyRuns). */
    runs?: number;
    /** The test checked each rule once (RuleTest.once). */
    once?: boolean;
    /** The harness did not run the test (outside a budget, or already checked by the run it resumes). */
    notRun?: boolean;
    /** Not run: a budget at real speed reached its deadline before the test could end in time. */
    pastDeadline?: boolean;
  }
}

export {};
