import type { ReactNode } from 'react';
import { Loaded } from '../../components/Status';
import { useT } from '../../i18n';
import { Link, useLocation } from '../../router';
import { routes } from '../../routes';
import { useViewer } from '../../viewer';
import '../account/account.css';
import './admin.css';

/**
 * What every admin page shares: for an admin, its heading, intro and the admin area's own
 * navigation (users · tokens · webhooks), then the page; others are told it is for admins only
 * (the API refuses them anyway), with a link to sign in for one not signed in.
 */
export function AdminFrame({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useT();
  const { path } = useLocation();
  const { state } = useViewer();
  return (
    <Loaded state={state} pick={(data) => data.viewer}>
      {(viewer) =>
        viewer.role === 'ADMIN' ? (
          <article className="account-page admin-page">
            <AdminNav />
            <h1>{title}</h1>
            {intro && <p className="lead">{intro}</p>}
            {children}
          </article>
        ) : (
          <div className="notice" role="alert">
            <h1>{title}</h1>
            <p>
              {t.adminOnly} {!viewer.user && <Link to={routes.signIn(path)}>{t.signIn}</Link>}
            </p>
          </div>
        )
      }
    </Loaded>
  );
}

/** The admin area's pages; the one shown (or holding the page shown) is marked current. */
function AdminNav() {
  const { t } = useT();
  const { path } = useLocation();
  const pages = [
    [routes.adminUsers, t.adminUsersNav],
    [routes.adminTokens, t.adminTokensNav],
    [routes.adminWebhooks, t.adminWebhooksNav],
  ] as const;
  return (
    <nav className="admin-nav" aria-label={t.adminNav}>
      <ul>
        {pages.map(([to, name]) => (
          <li key={to}>
            <Link
              to={to}
              aria-current={path === to ? 'page' : path.startsWith(`${to}/`) ? 'true' : undefined}
            >
              {name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
