// The Worker as deployed, plus the constant-bytes baseline route, for `npm run bench:serve`.
import worker from '../../src/worker.ts';
import { constantResponse } from './constant-route.ts';

type Env = Parameters<typeof worker.fetch>[1];

export default {
  fetch(request: Request, env: Env, ctx: ExecutionContext) {
    return constantResponse(new URL(request.url)) ?? worker.fetch(request, env, ctx);
  },
} satisfies ExportedHandler<Env>;
