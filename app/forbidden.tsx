import { ErrorPage } from './_components/error-page';

export default function Forbidden() {
  return (
    <ErrorPage code="403" title="You don’t have access to this page">
      <p>Your account’s role does not allow this. Ask an admin if you need it.</p>
    </ErrorPage>
  );
}
