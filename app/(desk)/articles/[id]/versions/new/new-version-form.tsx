'use client';
// Paste, upload, or fetch the source again. The request names the version the editor saw, so
// a version someone else imported meanwhile is not silently built upon.
import { useRouter } from 'next/navigation';
import { api } from '@/app/_lib/api-client';
import { fieldClass, FileField, SourceForm, type SourceMode } from '@/app/_components/source-form';

export function NewVersionForm({ articleId, currentVersion, sourceUrl }: { articleId: string; currentVersion: number; sourceUrl: string | null }) {
  const router = useRouter();
  const next = currentVersion + 1;

  async function send(mode: SourceMode, data: FormData) {
    let request: Parameters<typeof api>[1];
    if (mode === 'file') {
      data.set('expectedVersion', String(currentVersion));
      request = { form: data };
    } else {
      const body = mode === 'paste' ? { text: String(data.get('text') ?? '') } : mode === 'url' ? { url: String(data.get('url') ?? '') } : { refetch: true };
      request = { body: { ...body, expectedVersion: currentVersion } };
    }
    const done = await api<{ version: { number: number } }>(`/api/v1/articles/${articleId}/versions`, request);
    router.push(`/articles/${articleId}?imported=${done.version.number}`);
    router.refresh();
  }

  const fields = (mode: SourceMode) => (
    <>
      {mode === 'paste' && (
        <label className="block text-sm font-medium">Text of the new version
          <textarea name="text" required rows={16} className={`${fieldClass} font-serif`} placeholder="Paste the whole revised article, headline first." />
        </label>
      )}
      {mode === 'file' && <FileField />}
      {mode === 'refetch' && sourceUrl && (
        <p className="text-sm">Claimdesk fetches <a className="break-all underline" href={sourceUrl} rel="noopener noreferrer nofollow" target="_blank">{sourceUrl}</a> again and imports what it finds as version {next}.</p>
      )}
      {mode === 'url' && (
        <label className="block text-sm font-medium">Web address of the new version
          <input name="url" type="url" required maxLength={2048} className={fieldClass} placeholder="https://" />
        </label>
      )}
    </>
  );

  return (
    <SourceForm
      tabs={[
        { mode: 'paste', label: 'Paste text' }, { mode: 'file', label: 'Upload a file' },
        ...(sourceUrl ? [{ mode: 'refetch' as const, label: 'Fetch the source again' }] : []),
        { mode: 'url', label: 'Another web address' },
      ]}
      label="Where the new version comes from" idPrefix="version" fields={fields} send={send}
      submitLabel={`Import as version ${next}`} busyLabel={`Importing version ${next}…`}
      busyNote="Reading the text, carrying every claim over and looking for new sentences. Long articles take a few seconds."
      failMessage="The import failed; nothing was changed." />
  );
}
