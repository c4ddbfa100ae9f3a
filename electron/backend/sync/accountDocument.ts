import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { SyncState } from '../../../shared/api/methods/teamSync';
import { watchTeammates, type TouchedRows } from './projector';

/** One Yjs document per shared account, named so on the team server. */
export const documentNameOf = (accountId: string) => `account:${accountId}`;

interface Presence {
  name?: unknown;
  open?: unknown;
}

export interface AccountDocumentEvents {
  /** A teammate's change (or the server's copy on a first sync) reached the document. */
  onTeammateChange(touched: TouchedRows): void;
  /** The document changed in any way: the change is to be kept. */
  onUpdate(update: Uint8Array): void;
  /** It caught up with the server (every change of ours is there). */
  onSynced(): void;
  /** The server refused this member the account (no access, or the member was removed). */
  onRefused(): void;
}

/**
 * One shared account's document: restored from what this member last had, watched for
 * teammates' changes, and connected to the team server over the shared socket when there is one.
 */
export class AccountDocument {
  readonly doc = new Y.Doc();
  private provider: HocuspocusProvider | null = null;
  private socket: HocuspocusProviderWebsocket | null = null;
  private readonly stopWatching: () => void;
  private readonly onUpdate: (update: Uint8Array) => void;
  refused = false;
  open = false;

  constructor(
    readonly accountId: string,
    kept: Uint8Array | null,
    private readonly events: AccountDocumentEvents,
  ) {
    // What this member had is theirs already (the local store holds it): it is not a teammate's change.
    if (kept) Y.applyUpdate(this.doc, kept);
    this.stopWatching = watchTeammates(this.doc, (touched) => events.onTeammateChange(touched));
    this.onUpdate = (update) => events.onUpdate(update);
    this.doc.on('update', this.onUpdate);
  }

  /** Joins the account's document on the server; the provider sends what is new either side. */
  connect(socket: HocuspocusProviderWebsocket, token: string, member: string): void {
    this.disconnect();
    this.refused = false;
    this.socket = socket;
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: documentNameOf(this.accountId),
      document: this.doc,
      token,
      onSynced: () => this.caughtUp(),
      onUnsyncedChanges: ({ number }) => {
        if (number === 0) this.caughtUp();
      },
      onAuthenticationFailed: () => {
        this.refused = true;
        this.events.onRefused();
      },
    });
    provider.setAwarenessField('user', { name: member, open: this.open });
    this.provider = provider;
    // A provider handed a shared socket starts once attached to it.
    provider.attach();
  }

  private caughtUp(): void {
    if (this.state() === 'synced') this.events.onSynced();
  }

  state(): SyncState {
    const provider = this.provider;
    if (!provider || this.refused || this.socket?.status !== 'connected') return 'offline';
    return provider.synced && !provider.hasUnsyncedChanges ? 'synced' : 'syncing';
  }

  /** Whether this window has the account open, for the others' presence. */
  setOpen(open: boolean, member: string): void {
    this.open = open;
    this.provider?.setAwarenessField('user', { name: member, open });
  }

  /** The other members who have the account open now (each once). */
  present(): string[] {
    const states = this.provider?.awareness?.getStates();
    if (!states) return [];
    const names = new Set<string>();
    for (const [clientId, state] of states) {
      if (clientId === this.doc.clientID) continue;
      const user = (state as { user?: Presence }).user;
      if (user?.open === true && typeof user.name === 'string') names.add(user.name);
    }
    return [...names].sort();
  }

  /** What to keep of it: everything it holds, in Yjs's own encoding. */
  encode(): Uint8Array {
    return Y.encodeStateAsUpdate(this.doc);
  }

  disconnect(): void {
    this.provider?.destroy();
    this.provider = null;
    this.socket = null;
  }

  close(): void {
    this.disconnect();
    this.stopWatching();
    this.doc.off('update', this.onUpdate);
    this.doc.destroy();
  }
}
