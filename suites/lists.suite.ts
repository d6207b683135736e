import { describe } from 'vitest';
import { conformance } from '../harness/index.js';
import { customImageLists } from './lists/customImageLists.js';
import { diskLists } from './lists/diskLists.js';
import { ecsImageLists } from './lists/ecsImageLists.js';
import { instanceLists } from './lists/instanceLists.js';
import { snapshotLists } from './lists/snapshotLists.js';

// Effects of the list operations and of the creates that feed them. Paging: walking every page at
// a small PageSize lists each item once, TotalCount agrees, a page past the end is empty.
// Filters: a filtered list is the unfiltered list reduced by the filter's documented meaning,
// including a value that must match nothing. Asynchronous creates: each new image or snapshot is
// seen in its intermediate state (the bundled emulator slows this suite's creations; another
// target says in its profile whether it is slow enough), and what that state forbids is refused
// while it lasts. Creates are few: just enough resources for two pages, reused by every check.
const c = conformance();

describe('lists', () => {
  instanceLists(c);
  diskLists(c);
  snapshotLists(c);
  customImageLists(c);
  ecsImageLists(c);
});
