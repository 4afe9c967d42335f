// Builds the worker bundles (lib/workers/bundles.ts) into .workers/. Run by `npm run build`,
// `npm start` and the test set-up; `--force` rebuilds even when they look current.
import { buildWorkers } from '../lib/workers/build';

const built = buildWorkers({ force: process.argv.includes('--force') });
console.log(built.length ? `[claimdesk] Worker bundles built: ${built.join(', ')}` : '[claimdesk] Worker bundles are current.');
