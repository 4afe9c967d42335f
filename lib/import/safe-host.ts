// Which hosts a server-side fetch may reach now lives with the fetch that enforces it
// (lib/net/guarded-fetch.ts); these names stay for the import library's callers.
export { bareHost, BlockedHostError, isBlockedAddress, systemLookup, type LookupAll } from '@/lib/net/guarded-fetch';
