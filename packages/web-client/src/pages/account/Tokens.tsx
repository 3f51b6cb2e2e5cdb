import {
  ApiTokenCreateDocument,
  ApiTokenRevokeDocument,
  TokensListDocument,
} from '@samverkan/schema';
import { useState } from 'react';
import { FormField, FormFooter, useFormSender } from '../../components/Form';
import { request, useQuery } from '../../graphql';
import { useT } from '../../i18n';

/**
 * The user's API tokens for scripts: each with its prefix, expiry and last use, and a button that
 * revokes it; a form that makes one and shows its secret once.
 */
export function Tokens() {
  const { t, date } = useT();
  const tokens = useQuery(TokensListDocument, {});
  const [name, setName] = useState('');
  const [writes, setWrites] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const { busy, refusal, submit } = useFormSender(async () => {
    const { apiTokenCreate } = await request(ApiTokenCreateDocument, {
      input: { name, scopes: writes ? ['READ', 'WRITE'] : ['READ'] },
    });
    if (apiTokenCreate.userErrors.length === 0) {
      setSecret(apiTokenCreate.secret ?? null);
      setName('');
      tokens.refetch();
    }
    return apiTokenCreate.userErrors;
  });
  const revoke = async (id: string) => {
    await request(ApiTokenRevokeDocument, { id });
    tokens.refetch();
  };
  return (
    <section aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">{t.tokensTitle}</h2>
      <p>{t.tokensIntro}</p>
      <ul className="account-sessions">
        {tokens.data?.viewer.tokens.map((token) => (
          <li key={token.id}>
            <span className="account-session-agent">
              <strong>{token.name}</strong> <code>{token.prefix}…</code>{' '}
              {token.scopes.includes('WRITE') ? t.tokensWrites : t.tokensReads}
            </span>
            <span className="muted">
              {t.tokensTimes(date(token.expiresAt), token.lastUsedAt && date(token.lastUsedAt))}
            </span>
            <button type="button" className="link-button" onClick={() => void revoke(token.id)}>
              {t.tokensRevoke}
            </button>
          </li>
        ))}
      </ul>
      {secret && (
        <div className="notice" role="status">
          <p>{t.tokensSecret}</p>
          <code className="account-secret">{secret}</code>
        </div>
      )}
      <form className="form" onSubmit={submit} noValidate>
        <FormField
          label={t.tokensName}
          hint={t.tokensNameHint}
          name="name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          refusal={refusal}
        />
        <label className="account-check">
          <input
            type="checkbox"
            checked={writes}
            onChange={(event) => setWrites(event.target.checked)}
          />{' '}
          {t.tokensMayWrite}
        </label>
        <FormFooter refusal={refusal} fields={['name']} busy={busy}>
          {t.tokensCreate}
        </FormFooter>
      </form>
    </section>
  );
}
