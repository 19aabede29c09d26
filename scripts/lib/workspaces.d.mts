/** The repository's workspaces as npm sees them, with the scripts each one has. */
export function listWorkspaces(root: string): { name: string; dir: string; scripts: Record<string, string> }[];
