/**
 * GitHub's page-based pagination: `per_page` (default 30, at most 100) and `page`, with an
 * RFC 5988 `Link` header naming the prev/next/last/first pages, as `octokit.paginate` follows it.
 */

export interface Page<T> {
  items: T[];
  /** Absent when everything fits on one page, as on GitHub. */
  link: string | undefined;
}

export function paginate<T>(all: readonly T[], url: URL, defaultPerPage = 30): Page<T> {
  const perPage = clamp(url.searchParams.get('per_page'), defaultPerPage, 1, 100);
  const page = clamp(url.searchParams.get('page'), 1, 1, Number.MAX_SAFE_INTEGER);
  const last = Math.max(1, Math.ceil(all.length / perPage));
  const items = all.slice((page - 1) * perPage, page * perPage);
  if (last === 1 && page === 1) return { items, link: undefined };

  const at = (n: number) => {
    const target = new URL(url);
    target.searchParams.set('page', String(n));
    return `<${target.toString()}>`;
  };
  const rels: string[] = [];
  if (page > 1) rels.push(`${at(Math.min(page - 1, last))}; rel="prev"`);
  if (page < last) rels.push(`${at(page + 1)}; rel="next"`, `${at(last)}; rel="last"`);
  if (page > 1) rels.push(`${at(1)}; rel="first"`);
  return { items, link: rels.join(', ') };
}

function clamp(raw: string | null, fallback: number, min: number, max: number): number {
  const n = raw === null ? NaN : Number.parseInt(raw, 10);
  if (!Number.isFinite(n) || n < min) return fallback;
  return Math.min(n, max);
}
