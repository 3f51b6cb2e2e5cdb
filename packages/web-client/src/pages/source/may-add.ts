import { useViewer } from '../../viewer';

/**
 * Whether the one signed in may add a document: an editor or an administrator, as `sourceCreate`
 * requires (the API decides; this only spares others a form they cannot send).
 */
export function useMayAddSources(): boolean {
  const role = useViewer().state.data?.viewer?.role;
  return role === 'EDITOR' || role === 'ADMIN';
}
