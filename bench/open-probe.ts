// Run as its own process by open.bench.ts: boots the core on an existing data dir, shows the first
// page of contacts, runs one search, and reports how long that took since the process started;
// then runs 20 more searches and reports the resident memory, as the app would hold after use.
// Usage: node dist/bench/open-probe.js <dataDir> <first query> [more queries…]
import { boot } from '../src-main/boot';

// performance.now() counts from the process's time origin, so this includes Node start and module loading.
const moduleLoadedMs = performance.now();
const [dataDir, firstQuery = 'priya', ...more] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: open-probe <dataDir> <query>…');

const core = await boot({ dataDir, dailyBackups: false });
const call = async (method: string, input: unknown) => {
  const response = await core.dispatch({ id: 1, method, input });
  if (!response.ok) throw new Error(`${method} failed: ${response.error.message}`);
};
await call('contacts.list', { limit: 100 });
await call('contacts.search', { text: firstQuery, limit: 50 });
const toFirstSearchMs = performance.now();

const searches = more.length > 0 ? more : [firstQuery];
for (let i = 0; i < 20; i++) await call('contacts.search', { text: searches[i % searches.length]!, limit: 50 });
const rssMb = process.memoryUsage().rss / 2 ** 20;
core.close();
console.log(JSON.stringify({ toFirstSearchMs, moduleLoadedMs, rssMb }));
