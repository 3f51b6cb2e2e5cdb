import { useT } from '../../i18n';
import { AdminFrame } from './AdminFrame';
import { ServiceTokens } from './ServiceTokens';

/** The admins' page of API tokens: every valid one, and service accounts' new ones. */
export function TokensPage() {
  const { t } = useT();
  return (
    <AdminFrame title={t.adminTokensTitle} intro={t.adminTokensIntro}>
      <ServiceTokens />
    </AdminFrame>
  );
}
