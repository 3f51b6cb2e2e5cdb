import { defineModule } from '../../core/module';
import { TopicEntity } from './topic.entity';
import { TopicResolver } from './topic.resolver';
import { TopicBulkResolver } from './topic.bulk';
import { TopicService } from './topic.service';

/** Topics: themes that are not (yet) objectives. */
export const topicModule = defineModule({
  name: 'topic',
  entities: [TopicEntity],
  services: ({ dataSource, audit }) => ({ topic: new TopicService(dataSource, audit) }),
  loaders: ({ topic }) => topic.loaders(),
  nodeTypes: [['Topic', TopicEntity, (loaders) => loaders.topicById]],
  resolvers: [TopicResolver, TopicBulkResolver],
});

// What other modules use of this one.
export { TopicType } from './topic.types';
