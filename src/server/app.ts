import { existsSync } from 'node:fs';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Actor, App } from '../app/index.js';
import { registerAuth } from './auth.js';
import { errorHandler } from './errors.js';
import { registerDedupRoutes } from './routes/dedup.js';
import { registerMemberRoutes } from './routes/members.js';
import { registerScreeningRoutes } from './routes/screening.js';
import { registerProjectRoutes } from './routes/projects.js';
import { registerRecordRoutes } from './routes/records.js';
import { registerSearchRoutes } from './routes/searches.js';
import { registerSynthesisRoutes } from './routes/synthesis.js';
import { registerReportRoutes } from './routes/report.js';

export type ServerDeps = Readonly<{
  app: App;
  /** Personal mode: local requests without a session act as this user. `null` = team mode (sign-in required). */
  personalActor: Actor | null;
  /** Built web app to serve at `/`; absent in API-only tests. */
  webRoot?: string | undefined;
  maxUploadBytes?: number | undefined;
  logger?: boolean | undefined;
}>;

/** Build the HTTP server without listening (tests use `inject`); main.ts alone calls listen. */
export async function buildServer(deps: ServerDeps): Promise<FastifyInstance> {
  const server = Fastify({ logger: deps.logger ?? false, bodyLimit: 2 * 1024 * 1024 });
  server.setErrorHandler(errorHandler);
  await server.register(fastifyCookie);
  registerAuth(server, deps.app, { personalActor: deps.personalActor });
  server.addHook('onSend', (_request, reply, payload, done) => {
    // Abstracts and notes are data, never markup: forbid inline scripts and sniffing outright.
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('content-security-policy', "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; worker-src 'self' blob:; object-src 'none'; frame-ancestors 'none'");
    void reply.header('referrer-policy', 'no-referrer');
    done(null, payload);
  });
  await server.register(fastifyMultipart, { limits: { fileSize: deps.maxUploadBytes ?? 512 * 1024 * 1024, files: 50 } });

  server.get('/api/health', () => ({ ok: true }));
  await server.register(
    (api, _opts, done) => {
      registerProjectRoutes(api, deps);
      registerSearchRoutes(api, deps);
      registerRecordRoutes(api, deps);
      registerMemberRoutes(api, deps);
      registerDedupRoutes(api, deps);
      registerScreeningRoutes(api, deps);
      registerSynthesisRoutes(api, deps);
      registerReportRoutes(api, deps);
      done();
    },
    { prefix: '/api' },
  );

  if (deps.webRoot && existsSync(deps.webRoot)) {
    await server.register(fastifyStatic, { root: deps.webRoot, wildcard: false });
    // The single-page app handles its own routes: anything that is not an API call or a file gets index.html.
    server.setNotFoundHandler((request, reply) => {
      if (request.url.startsWith('/api/') || request.url.startsWith('/assets/')) {
        void reply.status(404).send({ error: { code: 'ENTITY_NOT_FOUND', message: `Nothing at ${request.method} ${request.url}` } });
        return;
      }
      void reply.type('text/html').sendFile('index.html');
    });
  }
  return server;
}
