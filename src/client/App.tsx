/**
 * The application shell: loading, error and the workspace. A failure anywhere shows
 * a message that says what is wrong, never a blank page.
 */
import { ErrorBoundary } from './components/ErrorBoundary';
import { ErrorScreen, LoadingScreen } from './components/LoadScreens';
import { Workspace } from './components/Workspace';
import { useAtlas } from './store';

/** Loading starts in main.tsx (startApp), before the first render. */
export function App() {
  const load = useAtlas((s) => s.load);
  if (load.phase === 'loading')
    return <LoadingScreen source={load.source} bytes={load.bytes} total={load.total} />;
  if (load.phase === 'error') return <ErrorScreen source={load.source} message={load.message} />;
  return (
    <ErrorBoundary>
      <Workspace />
    </ErrorBoundary>
  );
}
