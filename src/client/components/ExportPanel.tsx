/**
 * The Export panel: the image options and one button per format. Loaded the first time
 * the Export menu opens (ExportMenu.tsx). The export code itself is imported on first use.
 * The result (file name, size, or why the image was capped) is announced in the panel.
 */
import { useId, useState } from 'react';
import type { GraphCommands } from '../cy/commands';
import type { ImageOptions } from '../cy/exportImage';
import { useGraphCommands } from '../cy/GraphContext';

type Job = 'png' | 'svg' | 'json' | 'nodes' | 'relations' | 'gexf' | 'graphml';

const JOBS: readonly { job: Job; label: string }[] = [
  { job: 'png', label: 'PNG image' },
  { job: 'svg', label: 'SVG image' },
  { job: 'json', label: 'JSON data' },
  { job: 'nodes', label: 'CSV nodes' },
  { job: 'relations', label: 'CSV relations' },
  { job: 'gexf', label: 'GEXF' },
  { job: 'graphml', label: 'GraphML' },
];

/** Runs one export; images come from the drawn graph, data from the store. */
async function runJob(job: Job, options: ImageOptions, graph: GraphCommands | null) {
  if (job === 'png' || job === 'svg') {
    if (!graph) throw new Error('The graph is not drawn yet.');
    return job === 'png' ? graph.exportPng(options) : graph.exportSvg(options);
  }
  const data = await import('../export/runExport');
  if (job === 'gexf' || job === 'graphml')
    return data.exportGraphFile(job, graph?.positions() ?? new Map());
  return job === 'json' ? data.exportJson() : data.exportCsv(job);
}

interface OptionProps<K extends keyof ImageOptions> {
  group: string;
  optionKey: K;
  value: ImageOptions[K];
  label: string;
  options: ImageOptions;
  setOptions(update: (options: ImageOptions) => ImageOptions): void;
}

function Option<K extends keyof ImageOptions>(props: OptionProps<K>) {
  const { group, optionKey, value, label, options, setOptions } = props;
  return (
    <label className="radio">
      <input
        type="radio"
        name={`${group}-${optionKey}`}
        checked={options[optionKey] === value}
        onChange={() => setOptions((o) => ({ ...o, [optionKey]: value }))}
      />
      {label}
    </label>
  );
}

function ImageOptionFields(props: Omit<OptionProps<'scope'>, 'optionKey' | 'value' | 'label'>) {
  return (
    <>
      <fieldset>
        <legend>Image area</legend>
        <Option {...props} optionKey="scope" value="view" label="Current view" />
        <Option {...props} optionKey="scope" value="full" label="Full graph" />
      </fieldset>
      <fieldset>
        <legend>PNG scale</legend>
        <Option {...props} optionKey="scale" value={1} label="1×" />
        <Option {...props} optionKey="scale" value={2} label="2×" />
        <Option {...props} optionKey="scale" value={4} label="4×" />
      </fieldset>
      <fieldset>
        <legend>Background</legend>
        <Option {...props} optionKey="background" value="white" label="White" />
        <Option {...props} optionKey="background" value="transparent" label="Transparent" />
      </fieldset>
    </>
  );
}

export function ExportPanel() {
  const [options, setOptions] = useState<ImageOptions>({
    scope: 'view',
    scale: 1,
    background: 'white',
  });
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const graph = useGraphCommands();

  const run = async (job: Job) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ text: await runJob(job, options, graph), error: false });
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      setMessage({ text: `Export failed: ${reason}`, error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ImageOptionFields group={id} options={options} setOptions={setOptions} />
      <div className="export-buttons">
        {JOBS.map(({ job, label }) => (
          <button key={job} type="button" disabled={busy} onClick={() => void run(job)}>
            {label}
          </button>
        ))}
      </div>
      <p
        className={message?.error ? 'field-error' : 'muted small'}
        role={message?.error ? 'alert' : undefined}
        aria-live="polite"
      >
        {busy ? 'Preparing…' : (message?.text ?? '')}
      </p>
    </>
  );
}
