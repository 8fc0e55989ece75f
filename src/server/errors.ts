import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { errorCatalogue, isAppError, type ErrorCategory } from '../core/errors.js';

/** Error categories → HTTP statuses: the one place where the catalogue meets HTTP. */
export const statusFor: Record<ErrorCategory, number> = {
  invalid_input: 400,
  not_found: 404,
  conflict: 409,
  unauthenticated: 401,
  forbidden: 403,
  too_large: 413,
  unsupported: 415,
  internal: 500,
};

export function errorHandler(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): void {
  if (isAppError(error)) {
    void reply.status(statusFor[errorCatalogue[error.code].category]).send({ error: error.toJSON() });
    return;
  }
  const fe = error as FastifyError;
  if (fe.code === 'FST_REQ_FILE_TOO_LARGE' || fe.statusCode === 413) {
    void reply.status(413).send({ error: { code: 'IMPORT_TOO_LARGE', message: 'The upload is larger than the server accepts.' } });
    return;
  }
  if (fe.validation || (fe.statusCode !== undefined && fe.statusCode >= 400 && fe.statusCode < 500)) {
    void reply.status(fe.statusCode ?? 400).send({ error: { code: 'INVALID_ARGUMENT', message: fe.message } });
    return;
  }
  request.log.error({ err: error }, 'unhandled error');
  void reply.status(500).send({ error: { code: 'INTERNAL', message: 'An unexpected error; the server log has the details.' } });
}
