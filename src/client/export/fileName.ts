/** The file name of an export, from what the explorer shows now (filters, region, Focus). */
import { exportFileName } from '../logic/fileName';
import { atlasStore } from '../store';

export function currentExportName(
  ext: string,
  extra: { scope?: string | null; part?: string | null } = {},
): string {
  const s = atlasStore.getState();
  const label = (id: string) => s.index?.nodeById.get(id)?.label ?? id;
  return exportFileName(
    {
      filters: s.filters,
      regionLabel: s.filters.region ? label(s.filters.region) : null,
      focus: s.focus ? { ...s.focus, label: label(s.focus.node) } : null,
      ...extra,
    },
    ext,
  );
}
