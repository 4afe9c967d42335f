// Versions as the API returns them: plain JSON, dates as ISO strings.
import type { VersionImported } from './carry-over';
import type { VersionSummary, VersionText } from './queries';

export function versionJson(v: VersionSummary) {
  return {
    number: v.number,
    createdAt: v.createdAt.toISOString(),
    importedBy: v.importedBy,
    format: v.format,
    fileName: v.fileName,
    sourceUrl: v.sourceUrl,
    carryOver: v.carryOver,
  };
}

export function versionTextJson(v: VersionText) {
  return {
    ...versionJson(v),
    latest: v.latest,
    body: v.body,
    claims: v.places.map((p) => ({ id: p.id, start: p.start, end: p.end, spans: p.spans.map(([start, end]) => ({ start, end })), status: p.status })),
  };
}

export function importedJson(r: VersionImported) {
  return {
    version: { number: r.version.number, createdAt: r.version.createdAt.toISOString(), importedBy: r.version.importedBy },
    carryOver: r.carryOver,
  };
}
