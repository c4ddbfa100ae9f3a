import type { DeepStrings } from '../deepStrings';

/** Strings of the insights feature; the zh-CN object below must have the same keys. */
export const insightsEn = {
  title: 'Insights',
  listSeparator: ', ',
  inDays_one: 'In {{count}} day',
  inDays_other: 'In {{count}} days',
  actionDue: 'Suggested due date: {{date}}',
  tabs: { insights: 'Warnings', thresholds: 'Thresholds' },
  scope: { map: 'This map', account: 'Whole account' },
  open: 'Insights',
  empty: 'Nothing to warn about: the method has no objection to this map.',
  loading: 'Evaluating the map…',
  activeCount: '{{count}} to look at',
  severity: { high: 'High', medium: 'Medium', low: 'Low' },
  seed: 'Seed {{seed}}',
  makeAction: 'Make this an action',
  dismiss: 'Dismiss',
  snooze: 'Snooze',
  restore: 'Show again',
  reason: 'Reason',
  reasonPlaceholder: 'Why this does not apply now (kept with the insight)',
  snoozeUntil: 'Snooze until',
  confirmDismiss: 'Dismiss insight',
  confirmSnooze: 'Snooze insight',
  cancel: 'Cancel',
  hidden: 'Dismissed and snoozed ({{count}})',
  dismissedBecause: 'Dismissed: {{reason}}',
  snoozedUntil: 'Snoozed until {{date}}: {{reason}}',
  noReason: 'no reason given',
  dismissed: 'Insight dismissed',
  snoozed: 'Insight snoozed',
  restored: 'Insight shown again',
  markerTitle: '{{count}} insights concern this person',
  field: { role: 'role', influence: 'influence', stance: 'stance', access: 'access' },
  rule: {
    uncovered_key_person: {
      title: 'Nobody on our team covers {{name}}',
      explanation:
        '{{name}} ({{role}}) has no relationship with anyone on our team. Seed 000 (steps 01–02): list everyone in the decision chain, then build and grade a relationship with each.',
      action: 'Build a relationship with {{name}}',
    },
    influential_opponent: {
      title: '{{name}} is influential and {{stance}}',
      explanation:
        'Influence {{influence}} of 5, stance {{stance}}. Seed 003: judge each person’s power and attitude to us to choose a strategy — an influential opponent can block the deal.',
      action: 'Understand and answer {{name}}’s concerns',
    },
    single_threaded: {
      title: 'Single-threaded: the account rests on {{names}}',
      explanation:
        'Supporters among the key people: {{count}}. Seed 003 “不把宝押在一两个人上”: do not bet everything on one or two people — spread out and build the relationship layer by layer.',
      action: 'Win a second supporter beyond {{names}}',
    },
    no_coach: {
      title: 'No coach in this account',
      explanation:
        'Nobody guides us from the inside. Seed 002 “发展教练与线人”: develop a coach who tells us how the decision is really made.',
      action: 'Develop a coach inside the account',
    },
    no_high_level: {
      title: 'No relationship at the top',
      explanation:
        'None of the {{count}} people at the top (approvers, decision makers, heads of reporting lines) supports us or is covered by our team. Seed 002 “建立高层关系”: build high-level relationships.',
      action: 'Arrange an executive meeting with {{name}}',
    },
    contact_overdue: {
      title: 'No contact with {{name}} for {{days}} days',
      explanation:
        'The care cadence asks for a contact every {{cadence}} days. Seed 004 care system: strategic accounts weekly, key monthly, growth quarterly, standard half-yearly.',
      action: 'Get in touch with {{name}}',
    },
    commitment_overdue: {
      title: 'Overdue promise: {{description}}',
      explanation:
        'Due {{due}}, {{days}} days late. Seed 003 “承诺要兑现、问题要闭环”: keep every promise and close every issue — trust is built on kept promises.',
      action: 'Keep the promise: {{description}}',
    },
    stance_falling: {
      title: '{{name}} cooled from {{from}} to {{to}}',
      explanation:
        'The stance fell within the last {{days}} days. Seed 002 (signs of the decline stage) and seed 004 (early churn warning): act before the relationship slips further.',
      action: 'Find out why {{name}} cooled, and repair it',
    },
    contact_falling: {
      title: 'Contact with {{name}} is thinning out',
      explanation:
        '{{after}} contacts in the last {{days}} days against {{before}} in the {{days}} days before. Seed 004 “流失预警”: falling contact is an early warning of churn.',
      action: 'Plan the next meetings with {{name}}',
    },
    progress_stuck: {
      title: '{{name}} has been at “{{step}}” for {{days}} days',
      explanation:
        'Seed 003: a key relationship moves step by step, 知 know → 连 connect → 信 trust → 用 leverage. This one has not moved; the next step is “{{next}}”.',
      action: 'Move {{name}} from “{{step}}” to “{{next}}”',
    },
    decision_chain_missing: {
      title: 'No decision maker or approver identified',
      explanation:
        'Seed 000 step 01 “识别关键利益相关者”: map every role in the decision chain first, even before you know the names.',
      action: 'Identify the decision maker and the approver',
    },
    placeholder_unnamed: {
      title: 'Who is {{name}}?',
      explanation:
        'The role {{role}} is held by a placeholder, not yet a person. Seed 000 step 01: identify every stakeholder in the decision chain, and verify through third parties.',
      action: 'Find out who the {{name}} is',
    },
    assessment_stale: {
      title: 'Assessment of {{name}} is out of date',
      explanation:
        'Not revisited for over {{days}} days: {{fields}}. Seed 003 “关系是变化的”: relationships change, so judgements must be renewed.',
      action: 'Revisit the assessment of {{name}}',
    },
    no_path_to_power: {
      title: 'No path to {{name}}',
      explanation:
        'No chain of influence or reporting lines leads from a supporter to {{name}} ({{role}}). Seed 003 “由点及面”: spread from the people who back us to the ones who decide.',
      action: 'Find someone who can introduce us to {{name}}',
    },
  },
  status: {
    label: { red: 'Red', amber: 'Amber', green: 'Green' },
    title: 'Map status: {{status}}',
    reason: {
      no_key_players: 'No decision maker or approver is named yet',
      no_key_supporter: 'None of the {{count}} decision makers and approvers supports us',
      key_not_supportive: '{{count}} decision makers or approvers do not support us yet',
      key_uncovered: '{{count}} decision makers or approvers are not covered by our team',
      key_placeholder: '{{count}} key roles are still placeholders',
      all_key_supported: 'All {{count}} decision makers and approvers support us and are covered',
    },
  },
  thresholds: {
    title: 'Insight thresholds',
    highInfluence: 'Influence from which an opponent is a warning',
    coverMinStrength: 'Coverage that counts',
    coverWeak: 'Weak or strong',
    coverStrong: 'Strong only',
    singleThreadMaxSupporters: 'Single-threaded at this many key supporters or fewer',
    cadenceDays: 'Days between contacts, by tier',
    commitmentGraceDays: 'Days of grace for a commitment',
    fallingWindowDays: 'Window for a falling trend (days)',
    contactDropRatio: 'Contact is falling below this share of the window before (%)',
    stuckDays: 'Days a key relationship may stay at one step',
    staleCadenceFactor: 'Assessments go stale after this many care cycles',
    reset: 'Reset to defaults',
    saved: 'Thresholds saved',
  },
  path: {
    title: 'Path to power',
    target: 'Decision maker or approver',
    targetPlaceholder: 'Pick a person',
    noTargets: 'Name a decision maker or approver on the map first.',
    supports: '{{name}} already supports us: no introduction needed.',
    none: 'No chain leads from our supporters to {{name}}. That is itself a warning: find someone who can introduce us.',
    chain: 'Chain {{index}}',
    showOnMap: 'Show on map',
    strength: 'strength {{score}}%',
    via: {
      influences: '{{from}} influences {{to}} and could introduce you',
      reports_to: '{{from}} reports to {{to}} and could introduce you',
      manages: '{{from}} manages {{to}} and could introduce you',
      ally: '{{from}} is an ally of {{to}} and could introduce you',
    },
    explain: 'Seed 003 “由点及面”: start from the people who back us and reach the ones who decide.',
  },
};

export const insightsZhCN: DeepStrings<typeof insightsEn> = {
  title: '洞察',
  listSeparator: '、',
  inDays_one: '{{count}} 天后',
  inDays_other: '{{count}} 天后',
  actionDue: '建议完成日期：{{date}}',
  tabs: { insights: '预警', thresholds: '阈值' },
  scope: { map: '当前地图', account: '整个客户' },
  open: '洞察',
  empty: '暂无预警：按方法论检查，这张地图没有问题。',
  loading: '正在评估地图…',
  activeCount: '{{count}} 项待处理',
  severity: { high: '高', medium: '中', low: '低' },
  seed: '资料 {{seed}}',
  makeAction: '转为行动',
  dismiss: '忽略',
  snooze: '暂缓',
  restore: '重新显示',
  reason: '原因',
  reasonPlaceholder: '为什么目前不适用（随洞察保存）',
  snoozeUntil: '暂缓至',
  confirmDismiss: '忽略洞察',
  confirmSnooze: '暂缓洞察',
  cancel: '取消',
  hidden: '已忽略和暂缓（{{count}}）',
  dismissedBecause: '已忽略：{{reason}}',
  snoozedUntil: '暂缓至 {{date}}：{{reason}}',
  noReason: '未填写原因',
  dismissed: '已忽略该洞察',
  snoozed: '已暂缓该洞察',
  restored: '已重新显示该洞察',
  markerTitle: '{{count}} 条洞察与此人有关',
  field: { role: '决策角色', influence: '影响力', stance: '态度', access: '关系级数' },
  rule: {
    uncovered_key_person: {
      title: '我方无人覆盖{{name}}',
      explanation:
        '{{name}}是{{role}}，我方还没有人与其建立关系。资料 000（步骤 01–02）：先梳理决策链上的所有角色，再逐一建立并评估关系强度。',
      action: '与{{name}}建立关系',
    },
    influential_opponent: {
      title: '{{name}}影响力大且{{stance}}',
      explanation:
        '影响力 {{influence}}/5，态度：{{stance}}。资料 003：判断每个人的权力和对我司的态度，以选择策略——有影响力的反对者可能否决项目。',
      action: '了解并回应{{name}}的顾虑',
    },
    single_threaded: {
      title: '单线联系：客户关系全压在{{names}}身上',
      explanation:
        '关键人中只有 {{count}} 位支持者。资料 003“不把宝押在一两个人上”：要全面铺开，把客户关系一层层地垒实。',
      action: '在{{names}}之外再争取一位支持者',
    },
    no_coach: {
      title: '客户内部没有教练',
      explanation: '没有人从内部指点我们。资料 002“发展教练与线人”：培养能告诉我们真实决策过程的内部教练。',
      action: '在客户内部发展一位教练',
    },
    no_high_level: {
      title: '缺少高层关系',
      explanation:
        '高层的 {{count}} 位（批准者、决策者、汇报线顶端）中，没有人支持我们，也没有被我方覆盖。资料 002“建立高层关系”。',
      action: '安排与{{name}}的高层会面',
    },
    contact_overdue: {
      title: '已 {{days}} 天未联系{{name}}',
      explanation:
        '关怀频率要求每 {{cadence}} 天联系一次。资料 004 客户关怀体系：战略客户每周、重要客户每月、成长客户每季度、一般客户每半年。',
      action: '联系{{name}}',
    },
    commitment_overdue: {
      title: '承诺逾期：{{description}}',
      explanation: '应于 {{due}} 完成，已逾期 {{days}} 天。资料 003“承诺要兑现、问题要闭环”：信任来自兑现的承诺。',
      action: '兑现承诺：{{description}}',
    },
    stance_falling: {
      title: '{{name}}的态度从{{from}}降到{{to}}',
      explanation:
        '最近 {{days}} 天内态度下滑。资料 002（衰退期的征兆）与资料 004（流失预警）：在关系进一步恶化前采取行动。',
      action: '了解{{name}}态度转冷的原因并修复',
    },
    contact_falling: {
      title: '与{{name}}的接触在减少',
      explanation:
        '最近 {{days}} 天接触 {{after}} 次，之前 {{days}} 天为 {{before}} 次。资料 004“流失预警”：接触减少是客户流失的早期信号。',
      action: '安排与{{name}}的后续会面',
    },
    progress_stuck: {
      title: '{{name}}停留在“{{step}}”已 {{days}} 天',
      explanation: '资料 003：关键客户关系要一步步推进，知 → 连 → 信 → 用。这段关系没有进展，下一步是“{{next}}”。',
      action: '把{{name}}从“{{step}}”推进到“{{next}}”',
    },
    decision_chain_missing: {
      title: '尚未识别决策者或批准者',
      explanation: '资料 000 步骤 01“识别关键利益相关者”：即使还不知道姓名，也要先梳理决策链条中的所有角色。',
      action: '识别决策者和批准者',
    },
    placeholder_unnamed: {
      title: '{{name}}是谁？',
      explanation:
        '{{role}}这一角色目前只是占位，尚未确定具体人选。资料 000 步骤 01：识别决策链上的每一位利益相关者，并通过第三方信息验证。',
      action: '查明{{name}}是谁',
    },
    assessment_stale: {
      title: '对{{name}}的评估已过时',
      explanation: '超过 {{days}} 天未复核：{{fields}}。资料 003“关系是变化的”：判断需要定期更新。',
      action: '重新评估{{name}}',
    },
    no_path_to_power: {
      title: '没有通往{{name}}的路径',
      explanation:
        '从支持者出发，没有任何影响关系或汇报线能通到{{name}}（{{role}}）。资料 003“由点及面”：从支持我们的人出发，逐步接近决策者。',
      action: '寻找能引荐我们认识{{name}}的人',
    },
  },
  status: {
    label: { red: '红', amber: '黄', green: '绿' },
    title: '地图状态：{{status}}',
    reason: {
      no_key_players: '尚未确定任何决策者或批准者',
      no_key_supporter: '{{count}} 位决策者和批准者中无人支持我们',
      key_not_supportive: '{{count}} 位决策者或批准者尚不支持我们',
      key_uncovered: '{{count}} 位决策者或批准者未被我方覆盖',
      key_placeholder: '{{count}} 个关键角色仍是占位',
      all_key_supported: '全部 {{count}} 位决策者和批准者都支持我们且已覆盖',
    },
  },
  thresholds: {
    title: '洞察阈值',
    highInfluence: '反对者影响力达到多少时预警',
    coverMinStrength: '计为覆盖的关系强度',
    coverWeak: '弱关系或强关系',
    coverStrong: '仅强关系',
    singleThreadMaxSupporters: '关键支持者不超过几位时视为单线联系',
    cadenceDays: '各级客户的联系间隔（天）',
    commitmentGraceDays: '承诺逾期宽限天数',
    fallingWindowDays: '下滑趋势的观察窗口（天）',
    contactDropRatio: '接触次数低于前一窗口的百分比时视为减少（%）',
    stuckDays: '关键关系在同一阶段停留的最长天数',
    staleCadenceFactor: '评估经过几个关怀周期后过时',
    reset: '恢复默认值',
    saved: '阈值已保存',
  },
  path: {
    title: '权力路径',
    target: '决策者或批准者',
    targetPlaceholder: '选择一个人',
    noTargets: '请先在地图上确定决策者或批准者。',
    supports: '{{name}}已经支持我们，无需引荐。',
    none: '没有任何链条能从支持者通到{{name}}。这本身就是一个预警：需要寻找能引荐我们的人。',
    chain: '路径 {{index}}',
    showOnMap: '在地图上显示',
    strength: '强度 {{score}}%',
    via: {
      influences: '{{from}}能影响{{to}}，可以为你引荐',
      reports_to: '{{from}}向{{to}}汇报，可以为你引荐',
      manages: '{{from}}是{{to}}的上级，可以为你引荐',
      ally: '{{from}}与{{to}}是盟友，可以为你引荐',
    },
    explain: '资料 003“由点及面”：从支持我们的人出发，逐步接近做决定的人。',
  },
};
