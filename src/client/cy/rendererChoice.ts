/**
 * Which renderer draws the graph: the user's choice, or, on "Auto", WebGL above a size
 * threshold when the browser draws WebGL on a GPU (the measurements behind both
 * conditions: docs/performance.md, "Client thresholds").
 */
import { WEBGL_NODE_THRESHOLD } from '../config';
import type { RendererChoice } from '../store/types';

interface WebglSupport {
  available: boolean;
  /** Drawn by a GPU, not by a software implementation (SwiftShader, llvmpipe, …). */
  hardware: boolean;
}

let support: WebglSupport | null = null;

/** Renderer strings of software WebGL implementations. */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render driver|mesa offscreen/i;

function probe(): WebglSupport {
  try {
    if (typeof document === 'undefined') return { available: false, hardware: false };
    // Browsers refuse the first context when WebGL would run without a GPU ("major
    // performance caveat"); Chromium with SwiftShader as its chosen implementation still
    // grants it, so the renderer's name is checked as well.
    const strict = document
      .createElement('canvas')
      .getContext('webgl2', { failIfMajorPerformanceCaveat: true });
    const gl = strict ?? document.createElement('canvas').getContext('webgl2');
    if (!gl) return { available: false, hardware: false };
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    // Browsers keep only a few live contexts; this one was only a question.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { available: true, hardware: strict !== null && !SOFTWARE.test(name) };
  } catch {
    return { available: false, hardware: false };
  }
}

export function webglAvailable(): boolean {
  support ??= probe();
  return support.available;
}

/** Whether WebGL is drawn by a GPU; "Auto" picks WebGL only then. */
export function webglOnGpu(): boolean {
  support ??= probe();
  return support.hardware;
}

export function effectiveRenderer(choice: RendererChoice, nodeCount: number): 'canvas' | 'webgl' {
  if (choice === 'canvas') return 'canvas';
  if (!webglAvailable()) return 'canvas';
  if (choice === 'webgl') return 'webgl';
  return nodeCount > WEBGL_NODE_THRESHOLD && webglOnGpu() ? 'webgl' : 'canvas';
}
