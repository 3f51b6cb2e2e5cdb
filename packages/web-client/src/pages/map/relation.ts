import type { Translation } from '../../i18n';
import type { MapEdge } from './style';

/**
 * A relation in the UI's language, as the words between its two ends and after them: "Almi
 * [är medlem i] Länspartnerskapet", "Anna [företräder] Almi [i Länspartnerskapet]". Null where the
 * client has no words for it (a kind the API has added since): then the API's English label.
 */
export function relationWords(
  edge: Pick<MapEdge, 'kind' | 'role' | 'label' | 'forumName' | 'positionTitle'>,
  { t, label }: Translation,
): { between: string; after?: string } | null {
  const lower = (value: string) => label(value).toLowerCase();
  switch (edge.kind) {
    case 'MEMBERSHIP':
      return {
        between:
          edge.role && edge.role !== 'MEMBER'
            ? `${lower(edge.role)} ${t.mapRoleIn}`
            : t.mapMemberOf,
      };
    case 'RESPONSIBILITY':
      return edge.role ? { between: lower(edge.role) } : null;
    case 'POSITION':
      // The API labels a position without a title with the English "position".
      return {
        between: edge.positionTitle
          ? `${t.mapIs} ${edge.positionTitle} ${t.mapAt}`
          : t.mapHasPositionAt,
      };
    case 'REPRESENTS':
      return {
        between: t.mapRepresents,
        after: edge.forumName ? t.mapRepresentsIn(edge.forumName) : undefined,
      };
    case 'PARENT':
      return { between: t.mapPartOf };
    case 'IMPLEMENTS':
      return { between: t.mapImplements };
    case 'ANCHORED_IN':
      return { between: t.mapAnchoredIn };
    case 'SUCCEEDED_BY':
      return { between: t.mapSucceededBy };
    case 'OPERATES_IN':
      return { between: t.mapOperatesIn };
    case 'CHAIRS':
      return { between: t.mapChairs };
    case 'CONVENES_FORUM':
      return { between: t.mapConvenesForum };
    case 'OWNS':
      return { between: t.mapOwns };
    default:
      return null;
  }
}
