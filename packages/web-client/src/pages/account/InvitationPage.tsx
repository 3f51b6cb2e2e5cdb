import { InvitationAcceptDocument } from '@samverkan/schema';
import { useState } from 'react';
import { FormField, FormFooter, useFormSender } from '../../components/Form';
import { request } from '../../graphql';
import { useT } from '../../i18n';
import { navigate, useLocation, withShared } from '../../router';
import { routes } from '../../routes';
import { useViewer } from '../../viewer';
import './account.css';

/**
 * Accepting an invitation: the secret is the link's fragment (after "#"), which browsers never
 * send to a server, so it stays out of logs. The new user gives a password (and their address,
 * when the invitation names none: the first admin's) and is signed in.
 */
export function InvitationPage() {
  const { t } = useT();
  const { params } = useLocation();
  const { refresh } = useViewer();
  const [secret] = useState(() => window.location.hash.slice(1));
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const { busy, refusal, submit } = useFormSender(async () => {
    const { invitationAccept } = await request(InvitationAcceptDocument, {
      input: {
        secret,
        password,
        email: email.trim() || null,
        displayName: displayName.trim() || null,
      },
    });
    if (invitationAccept.userErrors.length === 0) {
      refresh();
      navigate(withShared(routes.account, params), { replace: true });
    }
    return invitationAccept.userErrors;
  });
  if (!secret) {
    return (
      <div className="notice" role="alert">
        <h1>{t.invitationTitle}</h1>
        <p>{t.invitationMissing}</p>
      </div>
    );
  }
  return (
    <article className="account-page">
      <h1>{t.invitationTitle}</h1>
      <p className="lead">{t.invitationIntro}</p>
      <form className="form" onSubmit={submit} noValidate>
        <FormField
          label={t.accountEmail}
          hint={t.invitationEmailHint}
          name="email"
          type="email"
          autoComplete="username"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          refusal={refusal}
        />
        <FormField
          label={t.accountName}
          hint={t.invitationNameHint}
          name="displayName"
          autoComplete="name"
          value={displayName}
          onChange={(event) => setDisplayName(event.target.value)}
          refusal={refusal}
        />
        <FormField
          label={t.accountNewPassword}
          hint={t.passwordHint}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          refusal={refusal}
        />
        <FormFooter refusal={refusal} fields={['email', 'displayName', 'password']} busy={busy}>
          {t.invitationAccept}
        </FormFooter>
      </form>
    </article>
  );
}
