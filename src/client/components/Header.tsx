/** Title, search, export and renderer choice. */
import { useAtlas } from '../store';
import { ExportMenu } from './ExportMenu';
import { RendererToggle } from './RendererToggle';
import { SearchBox } from './SearchBox';

export function Header() {
  const source = useAtlas((s) => s.load.source);
  const graph = useAtlas((s) => s.graph);
  return (
    <header className="header">
      <div className="brand">
        <h1>Partner Atlas</h1>
        {graph && (
          <span className="muted small">
            {source} · {graph.documents.length} documents
          </span>
        )}
      </div>
      <SearchBox />
      <div className="header-actions">
        <RendererToggle />
        <ExportMenu />
      </div>
    </header>
  );
}
