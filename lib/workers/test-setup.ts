// vitest global set-up: the worker bundles must exist and be current before any test
// imports a document (the pool loads the built bundle, as the production server does).
import { buildWorkers } from './build';

export default function setup(): void {
  buildWorkers();
}
