/**
 * Image exports of the Map view: the SVG as drawn (its attributes carry every colour, so
 * it stands alone), and a PNG of it framed like the graph's (title line and legend).
 */
import { captionNow, svgLegend, type ImageOptions } from '../cy/exportImage';
import { framePng } from '../cy/pngFrame';
import { MAP_SIZE } from '../logic/mapLayout';
import { atlasStore } from '../store';
import { download } from './download';
import { currentExportName } from './fileName';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The map's SVG as a standalone file, at its own size, on the chosen background. */
function standaloneSvg(
  svg: SVGSVGElement,
  options: Pick<ImageOptions, 'scope' | 'background'>,
): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  // "Full graph" is the whole world; "Current view" keeps the zoom the map is at.
  if (options.scope === 'full')
    copy.setAttribute('viewBox', `0 0 ${MAP_SIZE.width} ${MAP_SIZE.height}`);
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', String(MAP_SIZE.width));
  copy.setAttribute('height', String(MAP_SIZE.height));
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = `Partner Atlas map: ${captionNow()}`;
  copy.insertBefore(title, copy.firstChild);
  if (options.background === 'white') {
    const rect = document.createElementNS(SVG_NS, 'rect');
    // Covers the whole box whatever the viewBox shows.
    rect.setAttribute('width', String(MAP_SIZE.width));
    rect.setAttribute('height', String(MAP_SIZE.height));
    rect.setAttribute('fill', '#ffffff');
    copy.insertBefore(rect, title.nextSibling);
  }
  return new XMLSerializer().serializeToString(copy);
}

const drawnCount = (svg: SVGSVGElement) => ({
  nodes: svg.querySelectorAll('circle[data-id]').length,
  edges: svg.querySelectorAll('path[data-id]').length,
});

export function exportMapSvg(svg: SVGSVGElement, options: Omit<ImageOptions, 'scale'>): string {
  const name = currentExportName('svg', { scope: 'map' });
  download(new Blob([standaloneSvg(svg, options)], { type: 'image/svg+xml' }), name);
  const { nodes, edges } = drawnCount(svg);
  return `Saved ${name} (${nodes} nodes, ${edges} relations).`;
}

async function rasterise(svgText: string, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = MAP_SIZE.width * scale;
    canvas.height = MAP_SIZE.height * scale;
    canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No image.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function exportMapPng(svg: SVGSVGElement, options: ImageOptions): Promise<string> {
  const picture = await rasterise(
    standaloneSvg(svg, { scope: options.scope, background: 'transparent' }),
    options.scale,
  );
  const index = atlasStore.getState().index;
  const framed = await framePng(
    picture,
    options.scale,
    captionNow(),
    index ? svgLegend(index) : [],
    options.background === 'white' ? '#ffffff' : null,
  );
  const name = currentExportName('png', { scope: 'map' });
  download(framed.blob, name);
  return `Saved ${name} (${framed.size.width} × ${framed.size.height} px).`;
}
