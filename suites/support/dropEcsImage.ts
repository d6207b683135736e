/** Deletes an ECS image a test created, removing its share accounts first (the harness's helper, for suites that import it from here). */
export { dropEcsImage } from '../../harness/index.js';
