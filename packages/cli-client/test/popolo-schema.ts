/**
 * What a Popolo JSON export must hold, as JSON Schema (draft-07) for ajv: the required fields and
 * the types and date forms of the Popolo project's schemas (popoloproject.com/schemas: person,
 * organization, membership, post, area, identifier, contact_detail, link, other_name; names, a
 * post's label and organization as their earlier versions required them), written out here: their
 * draft-03 files are not fetched at test time.
 */
const text = { type: ['string', 'null'] };
/** Popolo's date: YYYY, YYYY-MM or YYYY-MM-DD (or a date-time). */
const date = {
  type: ['string', 'null'],
  pattern:
    '^[0-9]{4}((-[0-9]{2}){0,2}|(-[0-9]{2}){2}T[0-9]{2}(:[0-9]{2}){0,2}(Z|[+-][0-9]{2}(:[0-9]{2})?))$',
};
const identifiers = {
  type: 'array',
  items: {
    type: 'object',
    required: ['identifier'],
    properties: { identifier: { type: 'string' }, scheme: text },
  },
};
const otherNames = {
  type: 'array',
  items: {
    type: 'object',
    required: ['name'],
    properties: { name: { type: 'string' }, note: text },
  },
};
const links = {
  type: 'array',
  items: { type: 'object', required: ['url'], properties: { url: { type: 'string' }, note: text } },
};
const contactDetails = {
  type: 'array',
  items: {
    type: 'object',
    required: ['type', 'value'],
    properties: { type: { type: 'string' }, value: { type: 'string' }, label: text, note: text },
  },
};

export const POPOLO_SCHEMA = {
  type: 'object',
  required: ['persons', 'organizations', 'memberships', 'posts', 'areas'],
  properties: {
    persons: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'name'],
        properties: {
          id: { type: 'string' },
          name: { type: 'string', minLength: 1 },
          identifiers,
          other_names: otherNames,
          contact_details: contactDetails,
          links,
        },
      },
    },
    organizations: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'name'],
        properties: {
          id: { type: 'string' },
          name: { type: 'string', minLength: 1 },
          other_names: otherNames,
          identifiers,
          classification: text,
          parent_id: text,
          area_id: text,
          description: text,
          links,
        },
      },
    },
    memberships: {
      type: 'array',
      items: {
        type: 'object',
        required: ['organization_id'],
        anyOf: [{ required: ['person_id'] }, { required: ['member'] }],
        properties: {
          person_id: text,
          member: { type: 'object', required: ['@type', 'id'] },
          organization_id: { type: 'string' },
          post_id: text,
          on_behalf_of_id: text,
          role: text,
          label: text,
          start_date: date,
          end_date: date,
        },
      },
    },
    posts: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'label', 'organization_id'],
        properties: {
          id: { type: 'string' },
          label: { type: 'string' },
          role: text,
          organization_id: { type: 'string' },
        },
      },
    },
    areas: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'name'],
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          identifier: text,
          classification: text,
          parent_id: text,
        },
      },
    },
  },
};
