/**
 * Canvas or WebGL renderer. "Auto" picks WebGL for big graphs when the
 * browser supports WebGL 2. Changing it reloads the page with `?renderer=`, because
 * cytoscape's canvas renderer is not safe to re-create after a WebGL one in the same
 * page (see CytoscapeHost).
 */
import { useAtlas } from '../store';
import { effectiveRenderer, webglAvailable } from '../cy/rendererChoice';

export function RendererToggle() {
  const choice = useAtlas((s) => s.renderer);
  const nodes = useAtlas((s) => s.graph?.nodes.length ?? 0);
  const current = effectiveRenderer(choice, nodes);
  return (
    <label className="renderer-toggle small">
      <span>Renderer</span>
      <select
        value={choice}
        onChange={(e) => {
          const url = new URL(window.location.href);
          if (e.target.value === 'auto') url.searchParams.delete('renderer');
          else url.searchParams.set('renderer', e.target.value);
          window.location.assign(url.href);
        }}
      >
        <option value="auto">Auto ({current === 'webgl' ? 'WebGL' : 'canvas'})</option>
        <option value="canvas">Canvas</option>
        <option value="webgl" disabled={!webglAvailable()}>
          WebGL
        </option>
      </select>
    </label>
  );
}
