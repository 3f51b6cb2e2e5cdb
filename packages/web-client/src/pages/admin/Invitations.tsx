import {
  InvitationWithdrawDocument,
  UserInviteDocument,
  type AdminUsersQuery,
} from '@samverkan/schema';
import { useRef, useState } from 'react';
import { FormField, FormFooter, useFormSender } from '../../components/Form';
import { ShownOnce } from '../../components/ShownOnce';
import { request } from '../../graphql';
import { useT } from '../../i18n';
import { areaNames, RoleAndAreas, useRoleAndAreas } from './RoleAndAreas';

type Invitation = AdminUsersQuery['invitations'][number];

/**
 * Inviting a person: the form, then the one-time link (shown only in the API's answer, so only
 * now), and the invitations not yet accepted, each with a button that withdraws it.
 */
export function Invitations({
  invitations,
  onChange,
}: {
  invitations: Invitation[];
  onChange: () => void;
}) {
  const { t, date } = useT();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const access = useRoleAndAreas('EDITOR');
  const [invited, setInvited] = useState<{ name: string; link: string } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const { busy, refusal, submit } = useFormSender(async () => {
    const { userInvite } = await request(UserInviteDocument, {
      input: { email, displayName, role: access.role, areas: access.areaIds },
    });
    if (userInvite.linkPath) {
      setInvited({ name: displayName, link: window.location.origin + userInvite.linkPath });
      setEmail('');
      setDisplayName('');
      access.setAreas([]);
      onChange();
    }
    return userInvite.userErrors;
  });
  const withdraw = async (id: string) => {
    await request(InvitationWithdrawDocument, { id });
    onChange();
    heading.current?.focus();
  };
  return (
    <>
      <section aria-labelledby="invite-heading">
        <h2 id="invite-heading">{t.adminInviteTitle}</h2>
        <p>{t.adminInviteIntro}</p>
        {invited && <ShownOnce note={t.adminInviteLink(invited.name)} value={invited.link} />}
        <form className="form" onSubmit={submit} noValidate>
          <FormField
            label={t.accountEmail}
            name="email"
            type="email"
            autoComplete="off"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            refusal={refusal}
          />
          <FormField
            label={t.accountName}
            name="displayName"
            autoComplete="off"
            value={displayName}
            onChange={(event) => setDisplayName(event.target.value)}
            refusal={refusal}
          />
          <RoleAndAreas state={access} refusal={refusal} />
          <FormFooter
            refusal={refusal}
            fields={['email', 'displayName', 'role', 'areas']}
            busy={busy}
          >
            {t.adminInvite}
          </FormFooter>
        </form>
      </section>
      <section aria-labelledby="invitations-heading">
        <h2 id="invitations-heading" tabIndex={-1} ref={heading}>
          {t.adminInvitations}
        </h2>
        {invitations.length === 0 && <p className="muted">{t.adminInvitationsNone}</p>}
        <ul className="account-sessions">
          {invitations.map((invitation) => (
            <li key={invitation.id}>
              <span className="account-session-agent">
                <strong>{invitation.displayName}</strong> {invitation.email},{' '}
                {t.roles[invitation.role]}
                {invitation.areas.length > 0 && ` (${areaNames(invitation.areas)})`}
              </span>
              <span className="muted">
                {t.adminInvitationTimes(date(invitation.createdAt), date(invitation.expiresAt))}
              </span>
              <button
                type="button"
                className="link-button"
                onClick={() => void withdraw(invitation.id)}
              >
                {t.adminWithdraw}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
