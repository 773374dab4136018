/** The dataset's title, search, the Graph / Map switch, Settings and Export. */
import { datasetTitle } from '../logic/format';
import { useAtlas } from '../store';
import { CorrectionsMenu } from './CorrectionsMenu';
import { ExportMenu } from './ExportMenu';
import { SearchBox } from './SearchBox';
import { SettingsMenu } from './SettingsMenu';
import { ViewSwitch } from './map/ViewSwitch';

export function Header() {
  const source = useAtlas((s) => s.load.source);
  const graph = useAtlas((s) => s.graph);
  return (
    <header className="header">
      <div className="brand">
        <h1>{graph ? datasetTitle(graph.title, source) : 'Partner Atlas'}</h1>
        {graph && (
          <span className="muted small">Partner Atlas · {graph.documents.length} documents</span>
        )}
      </div>
      <SearchBox />
      <div className="header-actions">
        {graph && <ViewSwitch />}
        <CorrectionsMenu />
        <SettingsMenu />
        <ExportMenu />
      </div>
    </header>
  );
}
