// Reads a V8 CPU profile (node --cpu-prof) and prints its top frames by self time and by
// inclusive time, names shortened to the file under .next/ or node_modules/.
//   npx tsx bench/cpu-profile.ts FILE.cpuprofile [top]
import { readFileSync } from 'node:fs';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
export interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number }

/** A stretch of the monotonic clock in microseconds (process.hrtime and V8's profile share it). */
export interface Window { from: number; to: number }

/** Now on the clock a profile's timestamps use, in microseconds. */
export const monotonicMicros = () => Number(process.hrtime.bigint() / 1000n);

/** Top frames; with `window`, only the samples taken inside it (so start-up and warm-up do not count). */
export function summarise(profile: Profile, top: number, window?: Window) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const name = (n: Node) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\/(\.next|node_modules)\//, '$1/').replace(/^file:\/\/.*wt-[a-z]+\//, '')}:${n.callFrame.lineNumber + 1}`;
  let total = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    at += dt;
    if (window && (at < window.from || at > window.to)) return;
    total += dt;
    const n = byId.get(id)!;
    self.set(name(n), (self.get(name(n)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = name(byId.get(cur)!);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
    }
  });
  const show = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => `${((v / total) * 100).toFixed(1).padStart(5)}%  ${k.slice(0, 160)}`).join('\n');
  console.log(`total ${(total / 1e6).toFixed(1)} s sampled\n--- self ---\n${show(self)}\n--- inclusive ---\n${show(inclusive)}`);
}


if (process.argv[1]?.endsWith('cpu-profile.ts') && process.argv[2]) {
  summarise(JSON.parse(readFileSync(process.argv[2], 'utf8')) as Profile, Number(process.argv[3] ?? 30));
}
