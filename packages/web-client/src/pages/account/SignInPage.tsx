import { SignInDocument } from '@samverkan/schema';
import { useState } from 'react';
import { FormField, FormFooter, useFormSender } from '../../components/Form';
import { request } from '../../graphql';
import { useT } from '../../i18n';
import { navigate, useLocation, withShared } from '../../router';
import { routes } from '../../routes';
import { useViewer } from '../../viewer';
import './account.css';

/** Signing in: e-mail address and password; then back where the user came from (`?next=`). */
export function SignInPage() {
  const { t } = useT();
  const { params } = useLocation();
  const { refresh } = useViewer();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, refusal, submit } = useFormSender(async () => {
    const { signIn } = await request(SignInDocument, { input: { email, password } });
    if (signIn.userErrors.length === 0) {
      refresh();
      const next = params.get('next');
      navigate(withShared(next?.startsWith('/') ? next : routes.account, params));
    }
    return signIn.userErrors;
  });
  return (
    <article className="account-page">
      <h1>{t.signIn}</h1>
      <p className="lead">{t.signInIntro}</p>
      <form className="form" onSubmit={submit} noValidate>
        <FormField
          label={t.accountEmail}
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          refusal={refusal}
        />
        <FormField
          label={t.accountPassword}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          refusal={refusal}
        />
        <FormFooter refusal={refusal} fields={['email', 'password']} busy={busy}>
          {t.signIn}
        </FormFooter>
      </form>
    </article>
  );
}
