import type { CallOptions, CallResult } from '../client/Client.js';
import type { ParamValue } from '../protocol/index.js';
import { isThrottled } from '../verdicts/judgeAnswer.js';
import { HistoryRecorder, NO_ANSWER } from './HistoryRecorder.js';
import type { Call } from './Operation.js';

type Send = (product: 'swas' | 'ecs', action: string, params: Record<string, ParamValue>, opts: CallOptions) => Promise<CallResult>;

/**
 * A history of calls to the target, for the linearizability checker: each call is sent once
 * (no retry) and unpaced, so that concurrent calls really overlap, between two clock readings.
 * A success becomes `read(answer)`; an error its Code. 5xx answers and lost connections leave the
 * operation pending (it may have acted or not). Throttled answers are counted: a history that
 * has them is indeterminate (the calls were never decided by the system under test).
 */
export class CallHistory extends HistoryRecorder<unknown> {
  throttled = 0;
  unanswered = 0;

  constructor(private readonly sendCall: Send) {
    super();
  }

  send(process: number | string, call: Call, product: 'swas' | 'ecs', action: string, params: Record<string, ParamValue>,
    read: (answer: CallResult) => unknown = () => 'ok'): Promise<unknown> {
    return this.record(process, call, async () => {
      let answer: CallResult;
      try {
        answer = await this.sendCall(product, action, params, { retry: false, pace: false });
      } catch (error) {
        if (!(error instanceof Error && error.name === 'TransportError')) throw error;
        this.unanswered++;
        return NO_ANSWER;
      }
      if (isThrottled(answer)) this.throttled++;
      if (answer.status >= 500) {
        this.unanswered++;
        return NO_ANSWER;
      }
      if (answer.status === 200) return read(answer);
      const code = answer.body?.['Code'];
      return typeof code === 'string' ? code : `HTTP ${answer.status}`;
    });
  }
}
