/** Which renderer draws the graph: the user's choice, or WebGL above a size threshold. */
import { WEBGL_NODE_THRESHOLD } from '../config';
import type { RendererChoice } from '../store/viewSlice';

let webgl: boolean | null = null;

export function webglAvailable(): boolean {
  if (webgl === null) {
    try {
      webgl =
        typeof document !== 'undefined' &&
        document.createElement('canvas').getContext('webgl2') !== null;
    } catch {
      webgl = false;
    }
  }
  return webgl;
}

export function effectiveRenderer(choice: RendererChoice, nodeCount: number): 'canvas' | 'webgl' {
  if (choice === 'canvas') return 'canvas';
  if (!webglAvailable()) return 'canvas';
  if (choice === 'webgl') return 'webgl';
  return nodeCount > WEBGL_NODE_THRESHOLD ? 'webgl' : 'canvas';
}
