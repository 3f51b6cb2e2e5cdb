import {
  PasswordChangeDocument,
  SessionEndDocument,
  SignOutDocument,
  type ViewerQuery,
} from '@samverkan/schema';
import { useState } from 'react';
import { FormField, FormFooter, useFormSender } from '../../components/Form';
import { Loaded } from '../../components/Status';
import { request } from '../../graphql';
import { useT } from '../../i18n';
import { Link, navigate, useLocation, withShared } from '../../router';
import { routes } from '../../routes';
import { useViewer } from '../../viewer';
import { Tokens } from './Tokens';
import './account.css';

type Session = ViewerQuery['viewer']['sessions'][number];

/** The signed-in user's account: who they are, their sessions, signing out, their password. */
export function AccountPage() {
  const { t } = useT();
  const { state } = useViewer();
  return (
    <Loaded state={state} pick={(data) => data.viewer}>
      {(viewer) =>
        viewer.token ? (
          <div className="notice">
            <h1>{t.accountTitle}</h1>
            <p>{t.accountToken}</p>
          </div>
        ) : viewer.user ? (
          <article className="account-page">
            <h1>{t.accountTitle}</h1>
            <dl className="account-facts">
              <dt>{t.accountName}</dt>
              <dd>{viewer.user.displayName}</dd>
              <dt>{t.accountEmail}</dt>
              <dd>{viewer.user.email}</dd>
              <dt>{t.accountRole}</dt>
              <dd>{t.roles[viewer.user.role]}</dd>
            </dl>
            <Sessions sessions={viewer.sessions} />
            <Tokens />
            <PasswordForm />
          </article>
        ) : (
          <div className="notice">
            <h1>{t.accountTitle}</h1>
            <p>
              {t.accountSignedOut} <Link to={routes.signIn()}>{t.signIn}</Link>
            </p>
          </div>
        )
      }
    </Loaded>
  );
}

/** The sessions still valid, each but this one with a button that ends it; signing out. */
function Sessions({ sessions }: { sessions: Session[] }) {
  const { t, lang } = useT();
  const { params } = useLocation();
  const { refresh } = useViewer();
  const time = (value: string) =>
    new Date(value).toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
  const end = async (id: string) => {
    await request(SessionEndDocument, { id });
    refresh();
  };
  const signOut = async (everywhere: boolean) => {
    await request(SignOutDocument, { everywhere });
    refresh();
    navigate(withShared(routes.start, params));
  };
  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t.accountSessions}</h2>
      <ul className="account-sessions">
        {sessions.map((session) => (
          <li key={session.id}>
            <span className="account-session-agent">{session.userAgent ?? '—'}</span>
            <span className="muted">
              {t.accountSessionTimes(time(session.createdAt), time(session.lastSeenAt))}
            </span>
            {session.current ? (
              <strong>{t.accountSessionCurrent}</strong>
            ) : (
              <button type="button" className="link-button" onClick={() => void end(session.id)}>
                {t.accountSessionEnd}
              </button>
            )}
          </li>
        ))}
      </ul>
      <p className="account-sign-out">
        <button type="button" className="link-button" onClick={() => void signOut(false)}>
          {t.signOut}
        </button>
        <button type="button" className="link-button" onClick={() => void signOut(true)}>
          {t.signOutEverywhere}
        </button>
      </p>
    </section>
  );
}

function PasswordForm() {
  const { t } = useT();
  const { refresh } = useViewer();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [changed, setChanged] = useState(false);
  const { busy, refusal, submit } = useFormSender(async () => {
    const { passwordChange } = await request(PasswordChangeDocument, {
      input: { currentPassword, newPassword },
    });
    const accepted = passwordChange.userErrors.length === 0;
    setChanged(accepted);
    if (accepted) {
      setCurrent('');
      setNew('');
      refresh();
    }
    return passwordChange.userErrors;
  });
  return (
    <section aria-labelledby="password-heading">
      <h2 id="password-heading">{t.passwordTitle}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <FormField
          label={t.passwordCurrent}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={(event) => setCurrent(event.target.value)}
          refusal={refusal}
        />
        <FormField
          label={t.accountNewPassword}
          hint={t.passwordHint}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          value={newPassword}
          onChange={(event) => setNew(event.target.value)}
          refusal={refusal}
        />
        {changed && <p role="status">{t.passwordChanged}</p>}
        <FormFooter refusal={refusal} fields={['currentPassword', 'newPassword']} busy={busy}>
          {t.passwordTitle}
        </FormFooter>
      </form>
    </section>
  );
}
