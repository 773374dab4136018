/**
 * Hands the drawn graph's commands to the panels. The graph canvas publishes them once
 * Cytoscape has drawn (and withdraws them when it goes); until then panels get null and
 * their graph actions do nothing. Only types come from Cytoscape here, so the shell can
 * use this before the Cytoscape chunk has loaded.
 */
import { createContext, useContext, useState, type ReactNode } from 'react';
import type { GraphCommands } from './commands';

const CommandsContext = createContext<GraphCommands | null>(null);
const PublishContext = createContext<(commands: GraphCommands | null) => void>(() => {});

export function GraphCommandsProvider({ children }: { children: ReactNode }) {
  const [commands, setCommands] = useState<GraphCommands | null>(null);
  return (
    <PublishContext.Provider value={setCommands}>
      <CommandsContext.Provider value={commands}>{children}</CommandsContext.Provider>
    </PublishContext.Provider>
  );
}

/** The drawn graph's commands, or null while nothing is drawn. */
export function useGraphCommands(): GraphCommands | null {
  return useContext(CommandsContext);
}

/** For the graph canvas: publishes (or withdraws, with null) its commands. */
export function usePublishGraphCommands(): (commands: GraphCommands | null) => void {
  return useContext(PublishContext);
}
