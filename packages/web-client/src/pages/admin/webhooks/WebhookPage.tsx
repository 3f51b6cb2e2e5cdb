import { AdminWebhookDocument } from '@samverkan/schema';
import { Loaded } from '../../../components/Status';
import { useQuery } from '../../../graphql';
import { useT } from '../../../i18n';
import { navigate, useLocation, withShared } from '../../../router';
import { routes } from '../../../routes';
import { usePageTitle } from '../../../title';
import { useViewer } from '../../../viewer';
import { AdminFrame } from '../AdminFrame';
import { Deliveries } from './Deliveries';
import { WebhookFacts } from './WebhookFacts';
import { ActiveBadge } from './WebhooksPage';
import './webhooks.css';

/** A webhook's page: its receiver's address as the heading, its facts, and its deliveries. */
export function WebhookPage({ id }: { id: string }) {
  const { t } = useT();
  const { params } = useLocation();
  const admin = useViewer().state.data?.viewer.role === 'ADMIN';
  const webhook = useQuery(AdminWebhookDocument, { id }, !admin);
  const node = webhook.data?.node;
  const shown = node && 'url' in node ? node : null;
  usePageTitle(shown?.url);
  return (
    <AdminFrame title={shown?.url ?? t.webhooksTitle}>
      <Loaded state={webhook} pick={() => shown}>
        {(found) => (
          <>
            <p>
              <ActiveBadge active={found.active} />
            </p>
            <WebhookFacts
              webhook={found}
              onDeleted={() => navigate(withShared(routes.adminWebhooks, params))}
            />
            <Deliveries id={found.id} paused={!found.active} />
          </>
        )}
      </Loaded>
    </AdminFrame>
  );
}
