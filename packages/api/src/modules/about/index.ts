import { defineModule } from '../../core/module';
import { AboutResolver } from './about.resolver';

/**
 * What the service says about itself, for the web client's about and accessibility pages: the
 * contact address it was started with, and when its data last changed (the feed of changes').
 */
export const aboutModule = defineModule({
  name: 'about',
  services: ({ settings }) => ({ about: { contactEmail: settings.contactEmail } }),
  resolvers: [AboutResolver],
});
