import { z } from 'zod';
import { ApiError } from '../../../shared/api/errors';

/**
 * The team server's small JSON API (see docs/team-server.md), as a member calls it: who the token
 * is, who the members are, which accounts the member may open, and sharing one.
 */
const TIMEOUT_MS = 5000;

const Me = z.object({ name: z.string() });
const Members = z.object({ members: z.array(z.string()) });
const Accounts = z.object({ accounts: z.array(z.object({ accountId: z.string(), members: z.array(z.string()) })) });
const Problem = z.object({ error: z.string().optional(), names: z.array(z.string()).optional() }).passthrough();

export const httpAddressOf = (url: string): string => url.replace(/^ws/, 'http').replace(/\/+$/, '');

async function request(url: string, token: string, method: 'GET' | 'PUT', route: string, body?: unknown) {
  let response: Response;
  try {
    response = await fetch(`${httpAddressOf(url)}${route}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    throw new ApiError('team_unreachable', `The team server at ${url} does not answer`);
  }
  let payload: unknown;
  try {
    payload = await response.json();
  } catch {
    throw new ApiError('team_unreachable', `What answers at ${url} is not a team server`);
  }
  if (response.status === 401) throw new ApiError('team_refused', 'The team server does not accept this invite token');
  if (response.status === 403) throw new ApiError('team_no_access', 'The team server refuses this member that account');
  if (response.status === 400 && Problem.safeParse(payload).data?.error === 'unknown_member') {
    throw new ApiError('unknown_member', `Not members of the team server: ${Problem.parse(payload).names?.join(', ')}`);
  }
  if (!response.ok) throw new ApiError('team_unreachable', `The team server answered ${response.status}`);
  return payload;
}

function parsed<T>(schema: z.ZodType<T>, payload: unknown, url: string): T {
  const result = schema.safeParse(payload);
  if (!result.success) throw new ApiError('team_unreachable', `What answers at ${url} is not a team server`);
  return result.data;
}

export const teamServer = {
  async me(url: string, token: string): Promise<string> {
    return parsed(Me, await request(url, token, 'GET', '/api/me'), url).name;
  },
  async members(url: string, token: string): Promise<string[]> {
    return parsed(Members, await request(url, token, 'GET', '/api/members'), url).members;
  },
  async accounts(url: string, token: string) {
    return parsed(Accounts, await request(url, token, 'GET', '/api/accounts'), url).accounts;
  },
  async share(url: string, token: string, accountId: string, members: string[]): Promise<string[]> {
    const route = `/api/accounts/${encodeURIComponent(accountId)}/members`;
    return parsed(Members, await request(url, token, 'PUT', route, { members }), url).members;
  },
};
