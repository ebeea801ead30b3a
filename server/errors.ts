// Errors a request can cause, and the ApiError body every non-2xx answer carries (never a stack trace).
import type { ApiError } from "../lib/api-contract.js";

/** An error whose message is safe to send to the client as it is. */
export class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.name = new.target.name;
    this.status = status;
  }
}

export class BadRequestError extends HttpError {
  constructor(message: string) {
    super(400, message);
  }
}

export class NotFoundError extends HttpError {
  constructor(message: string) {
    super(404, message);
  }
}

export function apiError(status: number, message: string): ApiError {
  return { kind: "error", status, message };
}

/** Messages for statuses whose cause is not ours to tell (framework and database errors). */
export const STATUS_MESSAGES: Readonly<Record<number, string>> = {
  400: "bad request",
  403: "forbidden",
  404: "not found",
  405: "method not allowed",
  413: "request too large",
  414: "URI too long",
  431: "request headers too large",
  500: "internal error",
  503: "the database is unavailable",
};

export function statusMessage(status: number): string {
  return STATUS_MESSAGES[status] ?? (status < 500 ? "bad request" : "internal error");
}
