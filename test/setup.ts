// Unit-test environment: an in-memory IndexedDB and WXT's fake browser, reset per test
// so no test sees another's storage.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});
