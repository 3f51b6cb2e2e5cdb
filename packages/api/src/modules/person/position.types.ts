import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { Payload } from '../../core/graphql/payload';
import {
  EndInput,
  ValidTimeCreateInput,
  ValidTimeNode,
  ValidTimeUpdateInput,
} from '../../core/graphql/valid-time';
import { CitationInput } from '../citation';

@ObjectType('Position', {
  implements: Node,
  description: 'A person\'s title at an actor ("Regionråd", "utredare") for a period.',
})
export class PositionType extends ValidTimeNode {
  @Field({ description: 'The title, as the sources write it.' })
  title: string;
}

@InputType('PositionCreateInput', { description: "A person's title at an actor." })
export class PositionCreateInput extends ValidTimeCreateInput {
  @Field(() => ID, { description: 'The person.' })
  person: string;

  @Field(() => ID, { description: 'The actor.' })
  actor: string;

  @Field({ description: 'The title.' })
  title: string;

  @Field(() => [CitationInput], { nullable: true, description: 'Where these facts come from.' })
  sources?: CitationInput[] | null;
}

@InputType('PositionUpdateInput', {
  description: 'Changes to a position; omitted fields stay as they are.',
})
export class PositionUpdateInput extends ValidTimeUpdateInput {
  @Field(() => ID, { description: 'The position to change.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one changes nothing.' })
  version: number;

  @Field(() => String, { nullable: true, description: 'The title.' })
  title?: string | null;

  @Field(() => [CitationInput], {
    nullable: true,
    description: 'Where these facts come from (replaces the list).',
  })
  sources?: CitationInput[] | null;
}

export const PositionEndInput = EndInput('Position');

export const PositionPayload = Payload(PositionType, 'Position', {
  description: 'The result of creating, changing or ending a position.',
  noun: 'position',
});
