import {
  AllTokensListDocument,
  ApiTokenCreateDocument,
  ApiTokenRevokeDocument,
  TokensListDocument,
  type ApiTokenCreateInput,
  type ApiTokenFieldsFragment,
} from '@samverkan/schema';
import { useState, type ReactNode } from 'react';
import { FormField, FormFooter, useFormSender, type Refusal } from '../../components/Form';
import { ShownOnce } from '../../components/ShownOnce';
import { request, useMutation, useQuery } from '../../graphql';
import { useT } from '../../i18n';
import { areaNames } from '../admin/RoleAndAreas';

/**
 * The user's API tokens for scripts: each with its prefix, expiry and last use, and a button that
 * revokes it; a form that makes one and shows its secret once.
 */
export function Tokens() {
  const { t } = useT();
  const tokens = useQuery(TokensListDocument, {});
  return (
    <section aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">{t.tokensTitle}</h2>
      <p>{t.tokensIntro}</p>
      <TokenList tokens={tokens.data?.viewer.tokens ?? []} />
      <TokenForm input={(token) => token} onCreated={tokens.refetch} />
    </section>
  );
}

/**
 * Tokens, each with its prefix, what it may do, expiry and last use, and a button that revokes
 * it (the lists of tokens are then read again); with `owners`, whose each is (a user's own or a
 * service account's) and its areas.
 */
export function TokenList({
  tokens,
  owners = false,
}: {
  tokens: ApiTokenFieldsFragment[];
  owners?: boolean;
}) {
  const { t, date } = useT();
  const revoke = useMutation(ApiTokenRevokeDocument, [TokensListDocument, AllTokensListDocument]);
  return (
    <ul className="account-sessions">
      {tokens.map((token) => (
        <li key={token.id}>
          <span className="account-session-agent">
            <strong>{token.name}</strong> <code>{token.prefix}…</code>{' '}
            {token.scopes.includes('WRITE') ? t.tokensWrites : t.tokensReads}
            {owners && (
              <>
                {', '}
                {token.user
                  ? t.adminTokenOwner(token.user.email)
                  : t.adminTokenService(t.roles[token.serviceAccountRole!])}
                {token.areas.length > 0 && ` (${areaNames(token.areas)})`}
              </>
            )}
          </span>
          <span className="muted">
            {t.tokensTimes(date(token.expiresAt), token.lastUsedAt && date(token.lastUsedAt))}
          </span>
          <button
            type="button"
            className="link-button"
            onClick={() => revoke.mutate({ id: token.id })}
          >
            {t.tokensRevoke}
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * The form that makes a token: its name and whether it may write, with `children` for more
 * (`input` adds what they hold to the mutation's input, `fields` names them); it shows the new
 * secret once.
 */
export function TokenForm({
  input,
  onCreated,
  fields = [],
  children,
}: {
  input: (token: Pick<ApiTokenCreateInput, 'name' | 'scopes'>) => ApiTokenCreateInput;
  onCreated: () => void;
  fields?: string[];
  children?: (refusal: Refusal) => ReactNode;
}) {
  const { t } = useT();
  const [name, setName] = useState('');
  const [writes, setWrites] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const { busy, refusal, submit } = useFormSender(async () => {
    const { apiTokenCreate } = await request(ApiTokenCreateDocument, {
      input: input({ name, scopes: writes ? ['READ', 'WRITE'] : ['READ'] }),
    });
    if (apiTokenCreate.userErrors.length === 0) {
      setSecret(apiTokenCreate.secret ?? null);
      setName('');
      onCreated();
    }
    return apiTokenCreate.userErrors;
  });
  return (
    <>
      {secret && <ShownOnce note={t.tokensSecret} value={secret} />}
      <form className="form" onSubmit={submit} noValidate>
        <FormField
          label={t.tokensName}
          hint={t.tokensNameHint}
          name="name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          refusal={refusal}
        />
        {children?.(refusal)}
        <label className="account-check">
          <input
            type="checkbox"
            checked={writes}
            onChange={(event) => setWrites(event.target.checked)}
          />{' '}
          {t.tokensMayWrite}
        </label>
        <FormFooter refusal={refusal} fields={['name', ...fields]} busy={busy}>
          {t.tokensCreate}
        </FormFooter>
      </form>
    </>
  );
}
