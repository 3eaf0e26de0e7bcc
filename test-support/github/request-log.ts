/** Every REST request the local GitHub answered, for assertions like `gh.log.writes`. */
import type { RouteId } from './knobs.js';

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** `null` when no route matched (answered 404). */
  route: RouteId | null;
  /** 0 when the connection was reset instead of answered. */
  status: number;
  write: boolean;
  at: Date;
}

export type RequestFilter = RouteId | ((request: LoggedRequest) => boolean);

export class RequestLog {
  readonly entries: LoggedRequest[] = [];

  /** GET and HEAD requests, whatever their status (`/rate_limit` included). */
  get reads(): number {
    return this.entries.filter((e) => !e.write).length;
  }

  /** POST, PATCH, PUT and DELETE requests, whatever their status. */
  get writes(): number {
    return this.entries.filter((e) => e.write).length;
  }

  filter(by: RequestFilter): LoggedRequest[] {
    return this.entries.filter(typeof by === 'function' ? by : (e) => e.route === by);
  }

  count(by: RequestFilter): number {
    return this.filter(by).length;
  }

  /** The statuses of one route's requests, in order. */
  statuses(by: RequestFilter): number[] {
    return this.filter(by).map((e) => e.status);
  }

  reset(): void {
    this.entries.length = 0;
  }
}
