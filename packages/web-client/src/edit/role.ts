import type { Role } from '@samverkan/schema';

/** Whether a role records and changes the register: an editor's or an admin's. */
export const hasEditorRole = (role: Role | null | undefined) =>
  role === 'EDITOR' || role === 'ADMIN';
