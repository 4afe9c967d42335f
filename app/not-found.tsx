import { ErrorPage } from './_components/error-page';

export default function NotFound() {
  return (
    <ErrorPage code="404" title="Page not found">
      <p>There is nothing at this address. The article or claim may have been deleted, or the link is mistyped.</p>
    </ErrorPage>
  );
}
