// The baseline stores a body hash too, so the two endpoints write identical rows.
export { canonicalHash as canonicalHashForBench } from '../../server/src/responses/canonical-hash.ts';
