import { AdminUsersDocument } from '@samverkan/schema';
import { Loaded } from '../../components/Status';
import { useQuery } from '../../graphql';
import { useT } from '../../i18n';
import { AdminFrame } from './AdminFrame';
import { Invitations } from './Invitations';
import { Users } from './Users';

/** The admins' page of users: every user (role, areas, disabling), inviting people. */
export function UsersPage() {
  const { t } = useT();
  return (
    <AdminFrame title={t.adminTitle} intro={t.adminIntro}>
      <UsersAndInvitations />
    </AdminFrame>
  );
}

function UsersAndInvitations() {
  const admin = useQuery(AdminUsersDocument, {});
  return (
    <Loaded state={admin} pick={(data) => data}>
      {({ users, invitations }) => (
        <>
          <Users users={users} onChange={admin.refetch} />
          <Invitations invitations={invitations} onChange={admin.refetch} />
        </>
      )}
    </Loaded>
  );
}
