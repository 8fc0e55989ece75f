import type { FastifyRequest } from 'fastify';
import type { Actor } from '../app/index.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

/** The actor of a request; route handlers call this, never read `request.actor` directly. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new Error('no actor: the auth hook did not run');
  return request.actor;
}
