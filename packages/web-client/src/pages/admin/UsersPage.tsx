import { AdminUsersDocument } from '@samverkan/schema';
import { Loaded } from '../../components/Status';
import { useQuery } from '../../graphql';
import { useT } from '../../i18n';
import { Link, useLocation } from '../../router';
import { routes } from '../../routes';
import { useViewer } from '../../viewer';
import { Invitations } from './Invitations';
import { ServiceTokens } from './ServiceTokens';
import { Users } from './Users';
import '../account/account.css';
import './admin.css';

/**
 * The admins' page: every user (role, areas, disabling), inviting people, the open invitations
 * and every API token. Others are told it is for admins only (the API refuses them anyway).
 */
export function UsersPage() {
  const { t } = useT();
  const { path } = useLocation();
  const { state } = useViewer();
  return (
    <Loaded state={state} pick={(data) => data.viewer}>
      {(viewer) =>
        viewer.role === 'ADMIN' ? (
          <Admin />
        ) : (
          <div className="notice" role="alert">
            <h1>{t.adminTitle}</h1>
            <p>
              {t.adminOnly} {!viewer.user && <Link to={routes.signIn(path)}>{t.signIn}</Link>}
            </p>
          </div>
        )
      }
    </Loaded>
  );
}

function Admin() {
  const { t } = useT();
  const admin = useQuery(AdminUsersDocument, {});
  return (
    <article className="account-page admin-page">
      <h1>{t.adminTitle}</h1>
      <p className="lead">{t.adminIntro}</p>
      <Loaded state={admin} pick={(data) => data}>
        {({ users, invitations }) => (
          <>
            <Users users={users} onChange={admin.refetch} />
            <Invitations invitations={invitations} onChange={admin.refetch} />
          </>
        )}
      </Loaded>
      <ServiceTokens />
    </article>
  );
}
