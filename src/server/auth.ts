import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actorFromSession, signIn, signOut, type Actor, type App } from '../app/index.js';
import { AppError } from '../core/errors.js';

declare module 'fastify' {
  // Module augmentation needs an interface: a type alias cannot merge with Fastify's declaration.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyRequest {
    actor: Actor | null;
    /** True when the actor comes from a session cookie (not from personal mode). */
    signedIn: boolean;
  }
}

export const SESSION_COOKIE = 'metaethno_session';

export type AuthMode = Readonly<{
  /**
   * Personal mode: a request from this machine (loopback) without a session acts as the local owner,
   * so one researcher never has to sign in. Requests from elsewhere (server started with --host) and
   * every request in team mode must sign in.
   */
  personalActor: Actor | null;
}>;

const isLoopback = (request: FastifyRequest): boolean => {
  const ip = request.socket.remoteAddress ?? '';
  // inject() in tests has no socket address: treat it as local.
  return ip === '' || ip === '127.0.0.1' || ip === '::1' || ip === '::ffff:127.0.0.1';
};

/** The actor of a request; route handlers call this, never read `request.actor` directly. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('AUTH_REQUIRED', 'Sign in first.');
  return request.actor;
}

export function registerAuth(server: FastifyInstance, app: App, mode: AuthMode): void {
  server.decorateRequest('actor', null);
  server.decorateRequest('signedIn', false);
  server.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    const fromSession = await actorFromSession(app, token);
    request.signedIn = fromSession !== undefined;
    request.actor = fromSession ?? (mode.personalActor && isLoopback(request) ? mode.personalActor : null);
  });

  server.post('/api/auth/sign-in', async (request, reply) => {
    const body = (request.body ?? {}) as { name?: string; password?: string };
    const session = await signIn(app, body.name ?? '', body.password ?? '');
    void reply.setCookie(SESSION_COOKIE, session.token, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: request.protocol === 'https',
      expires: new Date(session.expiresAt),
    });
    return { user: session.user };
  });
  server.post('/api/auth/sign-out', async (request, reply) => {
    await signOut(app, request.cookies[SESSION_COOKIE]);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });
  server.get('/api/auth/me', (request) => ({
    user: request.actor ? { id: request.actor.userId, name: request.actor.name, displayName: request.actor.displayName } : null,
    personal: Boolean(mode.personalActor && isLoopback(request)),
    session: request.signedIn,
  }));
}
