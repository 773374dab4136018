/**
 * "Re-layout": an animated fcose run over what is shown, starting from the current
 * positions so the picture morphs instead of jumping. Loaded on demand (dynamic
 * import) because fcose and its dependencies are larger than the rest of the view.
 */
import cytoscape, { type CollectionReturnValue } from 'cytoscape';
import fcose from 'cytoscape-fcose';

let registered = false;

export function runRelayout(eles: CollectionReturnValue, animate: boolean): Promise<void> {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  return new Promise((resolve) => {
    const layout = eles.layout({
      name: 'fcose',
      quality: eles.length > 3000 ? 'draft' : 'default',
      randomize: false,
      animate,
      animationDuration: 800,
      fit: true,
      padding: 40,
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => 90,
    } as cytoscape.LayoutOptions);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
}
