/** Public index of the spec layer: the API's truth as data, its loader and its rule catalogue. */
export { loadSpec, SPEC_ROOT } from './loadSpec.js';
export { SpecError } from './SpecError.js';
export { constraintsOf, fieldSchema, CONSTRAINTS, type Constraint, type ConstraintRef } from './constraints.js';
export { newAjv, type Ajv } from './ajv.js';
export { toOpenApi } from './toOpenApi.js';
export { getSpec } from './getSpec.js';
export { clientParamRuleId, documentedOnlyRuleId } from './deriveClientRules.js';
export { describeSchema } from './describeSchema.js';
export type * from './types.js';
