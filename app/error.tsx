'use client';
import { ErrorPage } from './_components/error-page';

export default function Error({ reset }: { error: Error; reset: () => void }) {
  return (
    <ErrorPage code="500" title="Something went wrong on our side">
      <p>Nothing you saved has been lost. Try again; if it keeps happening, tell the desk’s admin.</p>
      <button type="button" onClick={reset} className="mt-4 rounded border border-gray-400 px-3 py-1">
        Try again
      </button>
    </ErrorPage>
  );
}
