import { FieldErrors, InvalidArgument } from '../errors';

/**
 * Relay global IDs: opaque to clients, base64url of "<Type>:<uuid>". One codec for the whole API.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export function fromGlobalId(globalId: string): { type: string; id: string } | null {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  if (separator < 1) return null;
  const type = decoded.slice(0, separator);
  const id = decoded.slice(separator + 1);
  return UUID.test(id) ? { type, id } : null;
}

/** The database id behind a global ID of the expected type, or null when it is not one. */
export function idOfType(globalId: string, type: string): string | null {
  const decoded = fromGlobalId(globalId);
  return decoded && decoded.type === type ? decoded.id : null;
}

/** "an Area", "a Forum": a type with its article, for messages. */
const withArticle = (type: string) => `${/^[AEIOU]/.test(type) ? 'an' : 'a'} ${type}`;

/** "a Strategy, Objective or Forum": the types an ID may be of, for messages. */
function kindsOf(types: readonly string[]): string {
  const last = types[types.length - 1];
  const list = types.length > 1 ? `${types.slice(0, -1).join(', ')} or ${last}` : last;
  return withArticle(list);
}

/**
 * An ID that may name a record of one of several types (a union such as `Actor | Forum`): its
 * type and database id, or why not — NOT_FOUND when it is no ID at all, WRONG_KIND when it names
 * a record of another type. The one decoder of such IDs, in inputs and arguments alike.
 */
export function decodeOneOf<T extends string>(
  globalId: string,
  types: readonly T[],
): { kind: T; id: string } | { code: 'NOT_FOUND' | 'WRONG_KIND'; message: string } {
  const decoded = fromGlobalId(globalId);
  if (!decoded) return { code: 'NOT_FOUND', message: `Nothing has the id ${globalId}.` };
  if (!(types as readonly string[]).includes(decoded.type)) {
    return {
      code: 'WRONG_KIND',
      message: `This must be the id of ${kindsOf(types)}, not of ${withArticle(decoded.type)}.`,
    };
  }
  return { kind: decoded.type as T, id: decoded.id };
}

/**
 * Decodes IDs in mutation input. A malformed ID or one of another type is reported like an
 * unknown record, with the field path, so the caller gets one kind of answer for "no such thing".
 */
export class InputIds {
  constructor(readonly errors: FieldErrors) {}

  one(globalId: string, type: string, field: string | string[]): string | undefined {
    const id = idOfType(globalId, type);
    if (!id)
      this.errors.add(field, 'NOT_FOUND', `No ${type.toLowerCase()} has the id ${globalId}.`);
    return id ?? undefined;
  }

  optional(
    globalId: string | null | undefined,
    type: string,
    field: string | string[],
  ): string | null | undefined {
    if (globalId === undefined || globalId === null) return globalId;
    return this.one(globalId, type, field);
  }

  many(globalIds: string[], type: string, field: string | string[]): string[] {
    const path = typeof field === 'string' ? [field] : field;
    return globalIds.flatMap((g, index) => this.one(g, type, [...path, String(index)]) ?? []);
  }

  /** An update's list of IDs: undefined stays undefined (unchanged), null is the empty list. */
  list(globalIds: string[] | null | undefined, type: string, field: string): string[] | undefined {
    return globalIds === undefined ? undefined : this.many(globalIds ?? [], type, field);
  }

  /**
   * An optional ID of one type, where an ID of another kind is a likely mix-up (an action's ID
   * given for an open question): that is WRONG_KIND, an unknown or malformed one NOT_FOUND.
   */
  optionalOfKind(
    globalId: string | null | undefined,
    type: string,
    field: string,
  ): string | null | undefined {
    const decoded = this.optionalOneOf(globalId, [type], field);
    return decoded ? decoded.id : decoded;
  }

  /** `oneOf` for an optional ID: undefined (not given) and null (none) stay as they are. */
  optionalOneOf<T extends string>(
    globalId: string | null | undefined,
    types: readonly T[],
    field: string,
  ): { kind: T; id: string } | null | undefined {
    if (globalId === undefined || globalId === null) return globalId;
    return this.oneOf(globalId, types, field);
  }

  /**
   * An ID that may name an object of one of several types (a union such as `Actor | Forum`):
   * the type and the database id. An ID of any other type is reported as WRONG_KIND.
   */
  oneOf<T extends string>(
    globalId: string,
    types: readonly T[],
    field: string,
  ): { kind: T; id: string } | undefined {
    const decoded = decodeOneOf(globalId, types);
    if ('id' in decoded) return decoded;
    this.errors.add(field, decoded.code, decoded.message);
    return undefined;
  }
}

/** Decodes an ID given as a query argument; a wrong one is a BAD_USER_INPUT error. */
export function argumentId(globalId: string, type: string, argument: string): string {
  const id = idOfType(globalId, type);
  if (!id) {
    throw new InvalidArgument(argument, `"${argument}" must be the id of ${withArticle(type)}.`);
  }
  return id;
}

/** An ID argument that may name a record of one of `types`; a wrong one is BAD_USER_INPUT. */
export function argumentOneOf<T extends string>(
  globalId: string,
  types: readonly T[],
  argument: string,
): { kind: T; id: string } {
  const decoded = decodeOneOf(globalId, types);
  if ('id' in decoded) return decoded;
  throw new InvalidArgument(argument, `"${argument}": ${decoded.message}`);
}

/** Runs `decode` with an `InputIds`, then throws every malformed id at once as user errors. */
export function decodeInputIds<T>(decode: (ids: InputIds) => T): T {
  const errors = new FieldErrors();
  const result = decode(new InputIds(errors));
  errors.throwIfAny();
  return result;
}
