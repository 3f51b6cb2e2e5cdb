import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPOSITORY } from './paths';
import {
  Kind,
  parse,
  print,
  visit,
  type DefinitionNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';

/** The web client's own documents (packages/schema/documents), which the benchmark sends. */
const DOCUMENTS = join(REPOSITORY, 'packages', 'schema', 'documents');

const definitions: DefinitionNode[] = readdirSync(DOCUMENTS)
  .filter((file) => file.endsWith('.graphql'))
  .flatMap((file) => parse(readFileSync(join(DOCUMENTS, file), 'utf8')).definitions);

const fragments = new Map(
  definitions
    .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
    .map((d) => [d.name.value, d]),
);

/** An operation as the web client sends it: the operation and every fragment it spreads. */
export function operation(name: string): string {
  const found = definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name,
  );
  if (!found) throw new Error(`no operation ${name} in ${DOCUMENTS}`);
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !used.has(fragment.name.value)) {
          used.set(fragment.name.value, fragment);
          collect(fragment);
        }
      },
    });
  collect(found);
  return [found, ...used.values()].map((d) => print(d)).join('\n\n');
}
