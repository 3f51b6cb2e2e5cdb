import {
  UserDisableDocument,
  UserEnableDocument,
  UserRoleSetDocument,
  type AdminUserFieldsFragment,
} from '@samverkan/schema';
import { FormFooter, useFormSender } from '../../components/Form';
import { request } from '../../graphql';
import { useT } from '../../i18n';
import { Ask, CancelButton, useOpenPart } from './Ask';
import { areaNames, RoleAndAreas, useRoleAndAreas } from './RoleAndAreas';

type User = AdminUserFieldsFragment;

/** Every user: name, address, role, areas, whether disabled, and what an admin may change. */
export function Users({ users, onChange }: { users: User[]; onChange: () => void }) {
  const { t } = useT();
  return (
    <section aria-labelledby="users-heading">
      <h2 id="users-heading">{t.adminUsers}</h2>
      <ul className="admin-list">
        {users.map((user) => (
          <UserItem key={user.id} user={user} onChange={onChange} />
        ))}
      </ul>
    </section>
  );
}

/** What is open under a user: nothing, the role form, or the question before (dis|en)abling. */
type Open = 'role' | 'access';

function UserItem({ user, onChange }: { user: User; onChange: () => void }) {
  const { t, date } = useT();
  const { open, toggle, close } = useOpenPart<Open>();
  const done = () => {
    close();
    onChange();
  };
  const headingId = `user-${user.id}`;
  return (
    <li className="admin-item" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {user.displayName}
        {user.disabled && <span className="badge">{t.adminDisabled}</span>}
      </h3>
      <dl className="account-facts">
        <dt>{t.accountEmail}</dt>
        <dd>{user.email}</dd>
        <dt>{t.accountRole}</dt>
        <dd>{t.roles[user.role]}</dd>
        <dt>{t.adminAreas}</dt>
        <dd>{areaNames(user.areas) || t.adminAreasNone}</dd>
      </dl>
      <p className="muted">{t.adminUserSince(date(user.createdAt))}</p>
      <p className="admin-actions">
        <button
          type="button"
          className="link-button"
          aria-expanded={open === 'role'}
          onClick={(event) => toggle('role', event)}
        >
          {t.adminEdit}
        </button>
        <button
          type="button"
          className="link-button"
          aria-expanded={open === 'access'}
          onClick={(event) => toggle('access', event)}
        >
          {user.disabled ? t.adminEnable : t.adminDisable}
        </button>
      </p>
      {open === 'role' && <RoleForm user={user} onDone={done} onCancel={close} />}
      {open === 'access' && <AccessForm user={user} onDone={done} onCancel={close} />}
    </li>
  );
}

interface FormProps {
  user: User;
  onDone: () => void;
  onCancel: () => void;
}

/** A user's new role and areas (the areas replace theirs). */
function RoleForm({ user, onDone, onCancel }: FormProps) {
  const { t } = useT();
  const state = useRoleAndAreas(user.role, user.areas);
  const { busy, refusal, submit } = useFormSender(async () => {
    const { userRoleSet } = await request(UserRoleSetDocument, {
      input: { id: user.id, role: state.role, areas: state.areaIds },
    });
    if (userRoleSet.userErrors.length === 0) onDone();
    return userRoleSet.userErrors;
  });
  return (
    <form className="form admin-form" onSubmit={submit} noValidate ref={focusFirstList}>
      <RoleAndAreas state={state} refusal={refusal} />
      <div className="admin-actions">
        <FormFooter refusal={refusal} fields={['role', 'areas']} busy={busy}>
          {t.adminSave}
        </FormFooter>
        <CancelButton onCancel={onCancel} />
      </div>
    </form>
  );
}

/** The question before disabling a user (or letting them in again), and the answer. */
function AccessForm({ user, onDone, onCancel }: FormProps) {
  const { t } = useT();
  const send = async () => {
    const { id } = user;
    const errors = user.disabled
      ? (await request(UserEnableDocument, { id })).userEnable.userErrors
      : (await request(UserDisableDocument, { id })).userDisable.userErrors;
    if (errors.length === 0) onDone();
    return errors;
  };
  const asked = user.disabled ? t.adminEnableConfirm : t.adminDisableConfirm;
  return (
    <Ask
      question={asked(user.displayName)}
      yes={user.disabled ? t.adminEnableYes : t.adminDisableYes}
      send={send}
      onCancel={onCancel}
    />
  );
}

// A callback ref (stable, so called once, as the form appears): its first list takes the focus.
const focusFirstList = (form: HTMLFormElement | null) => form?.querySelector('select')?.focus();
