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

  many(globalIds: string[], type: string, field: string): string[] {
    return globalIds.flatMap((g, index) => this.one(g, type, [field, String(index)]) ?? []);
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
    if (globalId === undefined || globalId === null) return globalId;
    return this.oneOf(globalId, [type], field)?.id;
  }

  /**
   * An ID that may name an object of one of several types (a union such as `Actor | Forum`):
   * the type and the database id. An ID of any other type is reported as WRONG_KIND.
   */
  oneOf<T extends string>(
    globalId: string,
    types: readonly T[],
    field: string,
  ): { type: T; id: string } | undefined {
    const decoded = fromGlobalId(globalId);
    if (!decoded) {
      this.errors.add(field, 'NOT_FOUND', `Nothing has the id ${globalId}.`);
      return undefined;
    }
    if (!(types as readonly string[]).includes(decoded.type)) {
      this.errors.add(
        field,
        'WRONG_KIND',
        `This must be the id of a ${types.join(' or ')}, not of a ${decoded.type}.`,
      );
      return undefined;
    }
    return decoded as { type: T; id: string };
  }
}

/** Decodes an ID given as a query argument; a wrong one is a BAD_USER_INPUT error. */
export function argumentId(globalId: string, type: string, argument: string): string {
  const id = idOfType(globalId, type);
  if (!id) throw new InvalidArgument(argument, `"${argument}" must be the id of a ${type}.`);
  return id;
}

/** Runs `decode` with an `InputIds`, then throws every malformed id at once as user errors. */
export function decodeInputIds<T>(decode: (ids: InputIds) => T): T {
  const errors = new FieldErrors();
  const result = decode(new InputIds(errors));
  errors.throwIfAny();
  return result;
}
