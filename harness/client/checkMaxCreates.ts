import { OutsideBudget } from '../errors/OutsideBudget.js';
import { createdCount, type Ledger } from '../safety/Ledger.js';

/**
 * --max-creates, asked before a create `op` (`product.Action`) is sent: once the run's ledger
 * holds `maxCreates` created resources the create is not sent, and this throws OutsideBudget.
 * Without a limit or a ledger every create may be sent. The harness's client (Client.ts) and the
 * official clients (harness/sdk/tracedClient.ts) both ask it.
 */
export function checkMaxCreates(maxCreates: number | undefined, ledger: Ledger | undefined, op: string): void {
  if (maxCreates === undefined || !ledger || createdCount(ledger.path) < maxCreates) return;
  throw new OutsideBudget(`outside the budget: the ${maxCreates} creates of --max-creates are used up, so ${op} was not sent`);
}
