import type { Viewer } from './roles';

/**
 * Whether `record` is withheld from `viewer`: a record that objects to publication (a person,
 * GDPR art. 21: `objectsToPublication`) is not shown to anonymous callers. Callers with a viewer
 * (any role) see it.
 */
export function withheldFrom(viewer: Viewer | null, record: object | null | undefined): boolean {
  return (
    viewer === null &&
    !!record &&
    (record as { objectsToPublication?: unknown }).objectsToPublication === true
  );
}
