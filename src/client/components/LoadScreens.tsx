/** Full-page states before the workspace: loading progress and load errors. */
import { describeProgress } from '../data/loadGraph';

export function LoadingScreen({
  source,
  bytes,
  total,
}: {
  source: string;
  bytes: number;
  total: number | null;
}) {
  return (
    <main className="screen">
      <h1>Partner Atlas</h1>
      <p id="load-label">Loading {source}…</p>
      {total ? (
        <progress aria-labelledby="load-label" max={total} value={bytes} />
      ) : (
        <progress aria-labelledby="load-label" />
      )}
      <p className="muted">{bytes > 0 ? describeProgress(bytes, total) : 'Connecting…'}</p>
    </main>
  );
}

export function ErrorScreen({ source, message }: { source: string; message: string }) {
  return (
    <main className="screen">
      <h1>Partner Atlas</h1>
      <div role="alert" className="error-box">
        <h2>The graph could not be opened</h2>
        <p className="error-message">{message}</p>
      </div>
      <p className="muted">
        The explorer reads {source} from the same folder as this page. Rebuild it with{' '}
        <code>npm run graph</code>, or check the path in the address bar.
      </p>
      <button type="button" onClick={() => window.location.reload()}>
        Try again
      </button>
    </main>
  );
}
