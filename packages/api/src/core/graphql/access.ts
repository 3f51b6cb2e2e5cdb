import { Authorized, Extensions, type AuthChecker } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { Forbidden, Unauthenticated } from '../errors';
import { hasRole, type Role } from '../auth/roles';
import type { Context } from '../context';

/** Anyone, signed in or not, may use the field: public data. */
export const PUBLIC = 'PUBLIC';
type AccessRule = typeof PUBLIC | Role;

/**
 * The access rule of a root field. Every query, mutation and subscription must carry exactly one:
 * `assertEveryRootFieldHasAccessRule` refuses to build a schema with a field that has none
 * (default deny), and the rule is enforced by `authChecker` before the resolver runs.
 */
export function Access(rule: AccessRule): MethodDecorator {
  const authorized = Authorized(rule);
  const extension = Extensions({ access: rule });
  return (target, key, descriptor) => {
    authorized(target, key, descriptor);
    extension(target, key, descriptor);
  };
}

export const authChecker: AuthChecker<Context, AccessRule> = ({ context }, rules) => {
  if (rules.includes(PUBLIC)) return true;
  const { viewer } = context;
  if (!viewer) {
    throw new Unauthenticated(
      'Sign in (the mutation signIn sets a session cookie), or send an API token as "Authorization: Bearer <token>".',
    );
  }
  if (!rules.some((rule) => rule !== PUBLIC && hasRole(viewer.role, rule))) {
    throw new Forbidden(
      `This needs the role ${rules.join(' or ')}; you have the role ${viewer.role}.`,
    );
  }
  return true;
};

/** Root fields that have no access rule (should be none). */
export function rootFieldsWithoutAccessRule(schema: GraphQLSchema): string[] {
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  return roots.flatMap((root) =>
    root
      ? Object.values(root.getFields())
          .filter((field) => !field.extensions?.access)
          .map((field) => `${root.name}.${field.name}`)
      : [],
  );
}

export function assertEveryRootFieldHasAccessRule(schema: GraphQLSchema): void {
  const missing = rootFieldsWithoutAccessRule(schema);
  if (missing.length > 0) {
    throw new Error(`Default deny: these root fields have no @Access rule: ${missing.join(', ')}`);
  }
}
