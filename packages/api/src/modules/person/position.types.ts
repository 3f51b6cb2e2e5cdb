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
  description:
    'A person\'s place at an actor for a period, with their title ("Regionråd", "utredare") when the sources give one.',
})
export class PositionType extends ValidTimeNode {
  @Field(() => String, {
    nullable: true,
    description:
      'The title, as the sources write it; null when they name the person with the actor but give no title.',
  })
  title: string | null;
}

@InputType('PositionCreateInput', { description: "A person's title at an actor." })
export class PositionCreateInput extends ValidTimeCreateInput {
  @Field(() => ID, { description: 'The person.' })
  person: string;

  @Field(() => ID, { description: 'The actor.' })
  actor: string;

  @Field(() => String, {
    nullable: true,
    description: 'The title, as the sources write it (leave out when they give none).',
  })
  title?: string | null;

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

  @Field(() => String, { nullable: true, description: 'The title (null clears it).' })
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
