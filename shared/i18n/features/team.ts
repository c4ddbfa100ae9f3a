import type { DeepStrings } from '../deepStrings';

/** Team workspaces: Settings → Team, sharing an account with the team, its sync state and who is in it. */
export const teamEn = {
  tab: 'Team',
  settings: {
    title: 'Team server',
    intro:
      'A team server lets your account team work on the same accounts: each account you share with the team stays in step on every member’s computer. Whoever runs the server gives you its address and your invite token.',
    privacy: 'Private notes, personal details and private contacts never leave this computer.',
    url: 'Server address',
    urlPlaceholder: 'e.g. ws://teamserver:1234',
    urlInvalid: 'Enter the address as it was given to you, starting with ws:// or wss://',
    token: 'Invite token',
    tokenInvalid: 'The invite token is a long line of letters and digits; paste it whole.',
    connect: 'Connect',
    connecting: 'Connecting…',
    connectedAs: 'Connected to {{url}} as {{member}}',
    lastSynced: 'Last synced {{time}}',
    neverSynced: 'Not synced yet',
    sharedCount_one: '{{count}} account shared with the team',
    sharedCount_other: '{{count}} accounts shared with the team',
    disconnect: 'Disconnect',
    disconnectTitle: 'Disconnect from the team server?',
    disconnectBody:
      'Syncing stops. Every account stays on this computer as it is now; changes made by the team no longer arrive, and yours no longer reach them.',
    disconnected: 'Disconnected from the team server. Your accounts are still here.',
    connectedNotice: 'Connected to the team server as {{member}}.',
  },
  state: {
    synced: 'Synced',
    syncing: 'Syncing…',
    offline: 'Offline',
  },
  share: {
    menu: 'Share with the team…',
    title: 'Share {{name}} with the team',
    intro:
      'Members you tick can open this account and work on it with you. Your private notes, personal details and private contacts stay on this computer.',
    notConnected: 'This computer is not connected to a team server yet. Connect in Settings → Team first.',
    openSettings: 'Open Settings → Team',
    members: 'Members',
    you: '{{name}} (you)',
    hasAccess: 'Who has access now: {{names, list}}',
    share: 'Share',
    save: 'Save who has access',
    shared: '{{name}} is shared with {{count}} members.',
    noMembers: 'The team server has no other members yet.',
  },
  badge: {
    shared: 'Shared',
    sharedHint: 'Shared with the team',
    lastSynced: 'Last synced {{time}}',
    present: 'Also here now: {{names, list}}',
  },
};

export const teamZhCN: DeepStrings<typeof teamEn> = {
  tab: '团队',
  settings: {
    title: '团队服务器',
    intro:
      '团队服务器让客户团队一起维护同一批客户：你与团队共享的每个客户，都会在每位成员的电脑上保持同步。服务器地址和你的邀请令牌，由服务器管理员提供。',
    privacy: '私密备注、个人信息和私密的联系记录始终只留在这台电脑上。',
    url: '服务器地址',
    urlPlaceholder: '例如 ws://teamserver:1234',
    urlInvalid: '请按对方给你的地址填写，以 ws:// 或 wss:// 开头',
    token: '邀请令牌',
    tokenInvalid: '邀请令牌是一长串字母和数字，请完整粘贴。',
    connect: '连接',
    connecting: '正在连接…',
    connectedAs: '已连接到 {{url}}，成员身份：{{member}}',
    lastSynced: '上次同步：{{time}}',
    neverSynced: '尚未同步',
    sharedCount_one: '已与团队共享 {{count}} 个客户',
    sharedCount_other: '已与团队共享 {{count}} 个客户',
    disconnect: '断开连接',
    disconnectTitle: '断开与团队服务器的连接？',
    disconnectBody:
      '同步将停止。所有客户都按现在的样子保留在这台电脑上；之后团队的修改不会再同步过来，你的修改也不会再同步给他们。',
    disconnected: '已断开与团队服务器的连接，你的客户都还在。',
    connectedNotice: '已以 {{member}} 的身份连接到团队服务器。',
  },
  state: {
    synced: '已同步',
    syncing: '正在同步…',
    offline: '离线',
  },
  share: {
    menu: '与团队共享…',
    title: '与团队共享“{{name}}”',
    intro: '勾选的成员可以打开这个客户，和你一起维护。你的私密备注、个人信息和私密的联系记录仍只留在这台电脑上。',
    notConnected: '这台电脑还没有连接团队服务器。请先在“设置 → 团队”中连接。',
    openSettings: '打开“设置 → 团队”',
    members: '成员',
    you: '{{name}}（你）',
    hasAccess: '目前可以访问的成员：{{names, list}}',
    share: '共享',
    save: '保存访问权限',
    shared: '“{{name}}”已与 {{count}} 位成员共享。',
    noMembers: '团队服务器上还没有其他成员。',
  },
  badge: {
    shared: '已共享',
    sharedHint: '已与团队共享',
    lastSynced: '上次同步：{{time}}',
    present: '正在查看的成员：{{names, list}}',
  },
};
