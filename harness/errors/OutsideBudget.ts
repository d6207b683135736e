/**
 * A call the run's budget does not allow (a create past `--max-creates`): never sent. Neither
 * the tool failing nor the target breaking a rule: the rules the test had not decided yet are
 * `skipped` as outside the budget.
 */
export class OutsideBudget extends Error {
  override readonly name = 'OutsideBudget';
}
