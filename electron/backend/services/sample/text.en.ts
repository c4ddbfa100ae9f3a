import type { SampleText } from './text';

export const SAMPLE_TEXT_EN: SampleText = {
  account: {
    name: 'Northbridge Precision Group (sample)',
    notes:
      'Sample account: a precision-parts manufacturer renewing its ERP. Explore the map, the timeline of contacts, the action plan and the analysis sheet, then delete the account when you are done.',
  },
  mainMap: 'Power map',
  opportunity: {
    name: 'ERP upgrade 2026',
    map: 'ERP upgrade 2026',
    notes: 'Replace the ageing ERP across both plants; steering committee decides in Q3.',
  },
  units: {
    executive: 'Group Executive',
    finance: 'Finance',
    it: 'Information Technology',
    procurement: 'Procurement',
    operations: 'Production & Operations',
  },
  competitors: { voyager: 'Voyager Software', bluesea: 'BlueSea Systems' },
  people: {
    chairman: { name: 'Robert Hayes', title: 'Chairman' },
    ceo: { name: 'Michael Grant', title: 'President & CEO' },
    cfo: { name: '', title: 'CFO — not yet identified' },
    vpOps: { name: 'Thomas Reed', title: 'Vice President, Operations' },
    office: { name: 'Karen Walsh', title: 'Head of the Executive Office' },
    finDirector: { name: 'Linda Foster', title: 'Finance Director' },
    budget: { name: 'Emily Shaw', title: 'Budget Manager' },
    accountant: { name: 'George Palmer', title: 'Chief Accountant' },
    costAccountant: { name: 'Rachel Lewis', title: 'Cost Accountant' },
    treasury: { name: 'Brian Cooper', title: 'Treasury Manager' },
    cio: { name: 'Andrew Cole', title: 'CIO' },
    architect: { name: 'Nathan Price', title: 'Enterprise Architect' },
    erpPm: { name: 'Jason Ward', title: 'ERP Project Manager' },
    infra: { name: 'Megan Hughes', title: 'Infrastructure Manager' },
    security: { name: 'Victor Stone', title: 'Information Security Lead' },
    developer: { name: 'Chloe Bennett', title: 'Application Developer' },
    sysadmin: { name: 'Sam Porter', title: 'Systems Administrator' },
    procDirector: { name: 'Richard Hale', title: 'Procurement Director' },
    procManager: { name: 'Olivia Marsh', title: 'IT Category Manager' },
    supplier: { name: 'Peter Doyle', title: 'Supplier Management Specialist' },
    contracts: { name: 'Grace Fuller', title: 'Contracts Specialist' },
    gmOps: { name: 'Frank Morgan', title: 'General Manager, Production & Operations' },
    planning: { name: 'Laura Jenkins', title: 'Production Planning Manager' },
    plant1: { name: 'Kevin Burke', title: 'Plant Manager, Plant 1' },
    quality: { name: 'Hannah Reid', title: 'Quality Manager' },
    warehouse: { name: 'Derek Lowe', title: 'Warehouse & Logistics Manager' },
    plant2: { name: 'Steven Hart', title: 'Plant Manager, Plant 2' },
    scheduler: { name: 'Ben Carroll', title: 'Production Scheduler' },
    supervisor: { name: 'Amy Sutton', title: 'Workshop Supervisor' },
    equipment: { name: 'Paul Riley', title: 'Equipment Engineer' },
  },
  team: {
    am: { name: 'Daniel Brooks', title: 'Account Manager', email: 'daniel.brooks@example.com' },
    sponsor: { name: 'Helen Carter', title: 'VP Sales, executive sponsor', email: 'helen.carter@example.com' },
    tech: { name: 'Ryan Mitchell', title: 'Solution Architect', email: 'ryan.mitchell@example.com' },
    service: { name: 'Sophie Turner', title: 'Customer Success Manager', email: 'sophie.turner@example.com' },
  },
  labels: {
    diary: 'controls the diary',
    budgetFight: 'budget dispute',
    formerColleagues: 'former colleagues',
  },
  privateNotes: {
    erpPm: 'Plays badminton on Wednesday evenings; his daughter starts university in September.',
    cio: 'Prefers short written briefs before any meeting.',
  },
  personal: {
    erpPm: {
      interests: 'Badminton (Wednesday evenings); hiking',
      familyNotes: 'Daughter starts university in September.',
    },
    budget: { interests: 'Marathon running; tea', familyNotes: 'Two sons at primary school.' },
    cio: { interests: 'Reads a lot on industrial IoT' },
  },
  notes: {
    cfoGap: 'Who will sign as CFO? Find out before the steering committee meets.',
    coach: 'Jason Ward (our coach): check in every Friday.',
  },
  activity: {
    interactions: {
      referenceVisit: {
        summary: 'Reference visit to Hengda Auto Parts, a plant running our ERP',
        notes:
          'Frank Morgan spent an hour with their plant manager on cut-over downtime. Still sceptical, but he stayed for dinner.',
      },
      quarterlyReview: {
        summary: 'Quarterly business review: Thomas Reed challenged the IT / Operations budget split',
        notes:
          'He wants Operations to own the project budget. Stay out of his dispute with Andrew Cole: talk plant results, not IT.',
      },
      badminton: {
        summary: 'Badminton and dinner with Jason Ward',
        notes: 'Off the record: Nathan Price has met Voyager three times since spring. Keep this source to ourselves.',
      },
      cioBrief: { summary: 'Sent Andrew Cole a two-page brief ahead of the architecture workshop' },
      architectureWorkshop: {
        summary: 'Architecture workshop with IT: integration, security and data migration',
        notes:
          'Nathan Price compared our integration layer with Voyager’s point by point. Victor Stone wants the penetration-test report before he scores us.',
      },
      procurementVisit: { summary: 'Procurement explained the tender process and how suppliers are scored' },
      budgetCall: { summary: 'Budget call: the ERP line sits in next year’s capital plan' },
      executiveDinner: {
        summary: 'Dinner with Michael Grant after the industry forum',
        notes: 'He wants the decision before the Q3 board. Karen Walsh suggested we brief the chairman in person.',
      },
      planningFloor: { summary: 'On the shop floor with Planning: scheduling still runs on spreadsheets' },
      chairmanLetter: { summary: 'Letter to Robert Hayes with a board-level summary of the project' },
      plant2Risk: {
        summary: 'Frank Morgan and Steven Hart on the cut-over risk in Plant 2',
        notes: 'For the first time Frank asked how, not whether. The weekend cut-over idea landed.',
      },
      birthday: { summary: 'Birthday wishes to Emily Shaw' },
      coachCheckIn: { summary: 'Weekly check-in with Jason Ward: who sits on the steering committee' },
      planningDemo: { summary: 'Live demo of advanced planning for Planning and Quality' },
      cioReference: { summary: 'Andrew Cole asked to speak with a CIO who has done the same upgrade' },
    },
    commitments: {
      downtimeFigures: 'Send the cut-over downtime figures from the Hengda plant',
      roiCase: 'Send a one-page ROI case for both plants within a week',
      licenceInventory: 'Share the current ERP licence inventory',
      securityReport: 'Deliver the security whitepaper and penetration-test report',
      benchmark: 'Send the integration benchmark against Voyager',
      tenderTimeline: 'Send the draft tender timeline',
      paymentModel: 'Send a phased payment model for the capital plan',
      hqVisit: 'Host a visit to our headquarters and R&D centre',
      chairmanSlot: 'Find a 30-minute slot with the chairman before the board meets',
      cutoverPlan: 'Draft a weekend cut-over plan for Plant 2',
      whoIsCfo: 'Find out who will sign as CFO',
      referenceCall: 'Set up a reference call with the CIO of Hengda Auto Parts',
    },
    goals: {
      winDeal: {
        title: 'Win the ERP upgrade at the Q3 steering committee',
        note: 'Needs the CFO identified and Operations at least neutral.',
      },
      partner: {
        title: 'Move from preferred supplier to partner',
        note: 'A joint roadmap for both plants after go-live.',
      },
      cioChampion: { title: 'Our exclusive champion in IT', note: 'He backs us, but not yet exclusively.' },
      gmOpsNeutral: {
        title: 'From opposed to neutral on the cut-over',
        note: 'His fear is downtime, not us: answer it with the cut-over plan.',
      },
      chairmanAccess: {
        title: 'A first face-to-face meeting before the board',
        note: 'Through Karen Walsh, who keeps his diary.',
      },
    },
    actions: {
      referenceVisit: {
        title: 'Reference visit to Hengda Auto Parts for Operations',
        outcome: 'Frank saw a live cut-over plan; he asked for the downtime figures, which we sent four days later.',
      },
      securityReport: {
        title: 'Security whitepaper and penetration-test report for Victor Stone',
        outcome: 'Victor Stone accepted the report; two questions on data residency remain.',
      },
      benchmark: { title: 'Integration benchmark against Voyager for Nathan Price' },
      roiInPerson: { title: 'Walk Thomas Reed through the ROI case in person, to make good the missed promise' },
      briefChairman: { title: 'Brief Robert Hayes in person before the board' },
      cutoverPlan: { title: 'Weekend cut-over plan for Plant 2' },
      findCfo: { title: 'Find out who the new CFO will be' },
      roadmap: { title: 'Propose a joint two-plant roadmap workshop' },
    },
    review: {
      evaluated:
        'Monthly account review. IT is with us (Andrew Cole supportive, Jason Ward our coach). Operations is the risk: Frank Morgan opposed, Thomas Reed cooling since we missed the ROI case. The CFO is still not identified; Nathan Price leans to Voyager.',
      decided:
        'Helen Carter rebuilds the link with Thomas Reed in person. Ryan Mitchell delivers the Voyager benchmark. Daniel Brooks finds the CFO through Jason Ward. Next review in four weeks.',
    },
    analysis: {
      customer: {
        relationship_activity:
          'A customer for four years: MES and maintenance at Plant 1, about ¥1.2M a year. The ERP upgrade is the first group-wide project.',
        capabilities_resources:
          'A strong IT team under Andrew Cole; Operations is short of people for a big cut-over. The capital plan is approved each autumn.',
        competitive_strategy:
          'Growing through two plants and new EV customers; wants one system across plants by 2028.',
        strengths_weaknesses:
          'Strong engineering culture; weak planning discipline (spreadsheets); a long-running IT / Operations budget dispute.',
        customer_view: 'Sees the ERP as an IT project; Operations fears downtime more than it wants new features.',
        cycle_change: 'Growth: from a one-plant supplier relationship to a group-wide decision.',
      },
      us: {
        relationship_activity:
          'Well covered from the CIO down; thin above him (the CEO only through our sponsor, the chairman barely). Coach: Jason Ward.',
        capabilities_resources:
          'Proven manufacturing ERP, a reference plant at Hengda, a local implementation team of 12.',
        competitive_strategy:
          'Win Operations with the cut-over plan and reference visits; keep IT with proof of integration.',
        strengths_weaknesses:
          'Strong in planning and shop-floor integration; weaker in finance consolidation. We broke a promise to Thomas Reed.',
        customer_view: 'The safe choice for IT; “IT’s vendor” for Operations.',
        cycle_change: 'Breakthrough: from preferred supplier to partner if we win the upgrade.',
      },
      voyager: {
        relationship_activity:
          'Has met Nathan Price three times since spring; no contact with Operations that we know of.',
        capabilities_resources: 'Strong finance and consolidation modules; a thin local service team.',
        competitive_strategy: 'Low licence prices, recovered through services; pitches a cloud-first architecture.',
        strengths_weaknesses: 'Modern architecture; few references in precision manufacturing.',
        customer_view: 'Nathan Price sees them as the future-proof choice; Finance has not met them.',
        cycle_change: 'Breakthrough attempt: entering the account through architecture.',
      },
      bluesea: {
        relationship_activity: 'Supplies the warehouse system; close to Derek Lowe in logistics.',
        capabilities_resources: 'Strong in logistics; no full ERP of its own, partners with others.',
        competitive_strategy: 'Likely to bid as a subcontractor to whichever ERP wins.',
        strengths_weaknesses: 'Cheap and responsive; small, with little planning capability.',
        customer_view: 'A niche logistics supplier, not a contender for the ERP.',
        cycle_change: 'Consolidation: defending the warehouse system.',
      },
    },
  },
};
