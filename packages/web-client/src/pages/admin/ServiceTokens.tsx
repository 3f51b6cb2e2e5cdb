import { AllTokensListDocument } from '@samverkan/schema';
import { useState } from 'react';
import { FormField } from '../../components/Form';
import { useQuery } from '../../graphql';
import { useT } from '../../i18n';
import { TokenForm, TokenList } from '../account/Tokens';
import { RoleAndAreas, useRoleAndAreas } from './RoleAndAreas';

/**
 * Every valid API token, whose each is, with a button that revokes it; a form that makes a
 * service account's token (a role and, for an editor, areas; acting for no user).
 */
export function ServiceTokens() {
  const { t } = useT();
  const tokens = useQuery(AllTokensListDocument, {});
  const access = useRoleAndAreas('EDITOR');
  const [days, setDays] = useState('90');
  return (
    <>
      <section aria-labelledby="service-tokens-heading">
        <h2 id="service-tokens-heading">{t.adminTokensAll}</h2>
        <TokenList tokens={tokens.data?.apiTokens ?? []} owners />
      </section>
      <section aria-labelledby="service-token-create-heading">
        <h2 id="service-token-create-heading">{t.adminTokenCreate}</h2>
        <TokenForm
          input={(token) => ({
            ...token,
            serviceAccountRole: access.role,
            areas: access.areaIds,
            expiresInDays: Number(days),
          })}
          onCreated={tokens.refetch}
          fields={['role', 'areas', 'expiresInDays']}
        >
          {(refusal) => (
            <>
              <RoleAndAreas state={access} refusal={refusal} />
              <FormField
                label={t.adminTokenDays}
                hint={t.adminTokenDaysHint}
                name="expiresInDays"
                type="number"
                inputMode="numeric"
                min={1}
                max={366}
                value={days}
                onChange={(event) => setDays(event.target.value)}
                refusal={refusal}
              />
            </>
          )}
        </TokenForm>
      </section>
    </>
  );
}
