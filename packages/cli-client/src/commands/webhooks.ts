import type { Command } from 'commander';
import {
  WebhookCreateDocument,
  WebhookDeliveriesDocument,
  WebhooksListDocument,
  type WebhookFieldsFragment,
} from '@samverkan/schema';
import { CliError, request, type ClientOptions } from '../client';
import { RECORD_TYPES } from '../enums';
import { idOf } from '../lookup';
import { choiceOption, examples, jsonOption } from '../options';
import { fields, json, table, write } from '../output';
import { checked } from '../refusals';

const OPERATIONS = ['CREATE', 'UPDATE', 'ARCHIVE', 'END', 'RESTORE', 'RETRACT', 'ERASE'];

const listed = (values: readonly string[]) => (values.length ? values.join(',') : 'all');

function describeWebhook(hook: WebhookFieldsFragment): string {
  return fields([
    ['ID', hook.id],
    ['URL', hook.url],
    ['Record types', listed(hook.recordTypes)],
    ['Operations', listed(hook.operations)],
    ['Area', hook.area?.code],
    ['Active', hook.active ? 'yes' : 'no'],
    ['Paused', hook.pausedReason ? `${hook.pausedAt}: ${hook.pausedReason}` : null],
  ]);
}

/** Adds `samverkan webhooks list|create|deliveries` (admins). */
export function addWebhooksCommand(program: Command, client: () => ClientOptions): void {
  const webhooks = program
    .command('webhooks')
    .description('Receivers that get every change, signed (admins only).');
  examples(
    webhooks,
    'samverkan webhooks list',
    'samverkan webhooks create --receiver https://register.example.se/hooks/samverkan --type ACTOR',
  );

  const list = webhooks.command('list').description('List the webhooks and how they stand.');
  jsonOption(list, 'the webhooks');
  examples(list, 'samverkan webhooks list');
  list.action(async (options: { json?: boolean }) => {
    const { webhooks: page } = await request(client(), WebhooksListDocument, { first: 100 });
    if (options.json) return write(json(page.nodes));
    write(
      page.nodes.length === 0
        ? 'no webhooks\n'
        : `${table(page.nodes, [
            ['URL', (hook) => hook.url],
            ['TYPES', (hook) => listed(hook.recordTypes)],
            ['AREA', (hook) => hook.area?.code ?? ''],
            [
              'STATE',
              (hook) =>
                hook.pausedReason ? `paused: ${hook.pausedReason}` : hook.active ? 'active' : 'off',
            ],
            ['ID', (hook) => hook.id],
          ])}\n`,
    );
  });

  const create = webhooks
    .command('create')
    .description('Register a receiver; its signing secret is shown this once.')
    .requiredOption(
      '--receiver <url>',
      'where changes are POSTed, https://… (--url is the API address)',
    )
    .addOption(
      choiceOption(
        '--type <type>',
        'only changes of this record type (repeatable)',
        RECORD_TYPES,
        true,
      ),
    )
    .addOption(
      choiceOption(
        '--operation <operation>',
        'only this kind of change (repeatable)',
        OPERATIONS,
        true,
      ),
    )
    .option('--area <code>', 'only changes of records in this area')
    .option('--description <text>', 'what it is for');
  jsonOption(create, 'the webhook and its secret');
  examples(
    create,
    'samverkan webhooks create --receiver https://register.example.se/hooks/samverkan --type ACTOR --area 23',
  );
  create.action(
    async (options: {
      receiver: string;
      type?: string[];
      operation?: string[];
      area?: string;
      description?: string;
      json?: boolean;
    }) => {
      const api = client();
      const input = {
        url: options.receiver,
        recordTypes: options.type as never,
        operations: options.operation as never,
        area: await idOf(api, options.area, 'Area'),
        description: options.description,
      };
      const payload = checked((await request(api, WebhookCreateDocument, { input })).webhookCreate);
      if (options.json) return write(json(payload));
      write(
        `${describeWebhook(payload.webhook!)}\n` +
          `Secret (shown only now; keep it to check signatures): ${payload.secret}\n`,
      );
    },
  );

  const deliveries = webhooks
    .command('deliveries')
    .description("A webhook's deliveries, newest first, with their attempts and answers.")
    .argument('<id>', 'the webhook ID')
    .addOption(
      choiceOption('--status <status>', 'only these', ['PENDING', 'RETRYING', 'DELIVERED']),
    );
  jsonOption(deliveries, 'the deliveries');
  examples(deliveries, 'samverkan webhooks deliveries V2ViaG9vazo… --status RETRYING');
  deliveries.action(async (id: string, options: { status?: string; json?: boolean }) => {
    const { node } = await request(client(), WebhookDeliveriesDocument, {
      id,
      first: 100,
      status: options.status as never,
    });
    if (!node || !('deliveries' in node)) throw new CliError(`no webhook has the ID "${id}".`);
    if (options.json) return write(json(node.deliveries.nodes));
    write(
      `${table(node.deliveries.nodes, [
        ['STATUS', (d) => d.status],
        ['CHANGE', (d) => `${d.change.operation} ${d.change.recordType}`],
        ['ATTEMPTS', (d) => String(d.attempts)],
        [
          'ANSWER',
          (d) => (d.lastResponseStatus ? String(d.lastResponseStatus) : (d.lastError ?? '')),
        ],
        ['EVENT', (d) => d.eventId],
      ])}\n`,
    );
  });
}
