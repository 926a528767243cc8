import type { Answers, ChoiceWorksheet, Decision } from './model';

const YES_NO = (yes: string, no: string) => [
  { value: 'yes', label: yes },
  { value: 'no', label: no },
];

/**
 * Centralized vs Federated (content/decisions/centralized-vs-federated.mdx): team and platform questions,
 * decided by the page's "How to choose" cases; the reasons name the risks its options and common mistakes list.
 */
export const centralizedVsFederated: ChoiceWorksheet = {
  kind: 'choice',
  id: 'centralized-vs-federated',
  questions: [
    {
      id: 'models',
      legend: 'How much ML work is there?',
      target: '#how-to-choose',
      options: [
        { value: 'few', label: 'Few models, early stage' },
        { value: 'many', label: 'Many models across distinct domains' },
      ],
    },
    {
      id: 'rebuilt',
      legend: 'Do several teams rebuild the same pipelines?',
      target: '#how-to-choose',
      options: YES_NO('Yes: the same pipelines are built more than once', 'No'),
    },
    {
      id: 'independent',
      legend: 'Are the domains strongly independent?',
      target: '#how-to-choose',
      options: YES_NO('Yes: their own data, features and problems', 'No: they share data or features'),
    },
    {
      id: 'operate',
      legend: 'Can each domain team operate its own ML systems?',
      target: '#federated',
      options: YES_NO('Yes: mature engineering, and large enough to run them and be on call', 'No: too small to sustain on-call for their ML systems'),
    },
    {
      id: 'standards',
      legend: 'Do the teams agree on minimum standards (versioning, monitoring, rollback)?',
      target: '#how-to-choose',
      options: YES_NO('Yes', 'No'),
    },
    {
      id: 'regulated',
      legend: 'Are the decisions the models make regulated or high-risk?',
      target: '#how-to-choose',
      options: YES_NO('Yes', 'No'),
    },
  ],
  outcomes: {
    // Only the early stage leads here, where the next reason says not to build a platform yet: the outcome must not promise one.
    centralized: { text: 'Centralized: a small central ML team builds and runs the models; no platform yet', target: '#centralized' },
    federated: { text: 'Federated: domain teams own their models', target: '#federated' },
    hybrid: { text: 'Hybrid: central platform + domain customization', target: '#hybrid' },
  },
  reasons: {
    'few-models': { text: 'Few models at an early stage: there is not yet enough ML work to justify a platform and separate domain teams.', target: '#how-to-choose' },
    'platform-before-users': { text: 'Do not build a central platform before any team has shipped models: it will not fit real workloads.', target: '#common-mistakes' },
    'many-models': { text: 'Many models across distinct domains: move toward hybrid.', target: '#how-to-choose' },
    rebuilt: { text: 'Several teams rebuild the same pipelines: extract the common parts into a platform.', target: '#how-to-choose' },
    'shared-features': { text: 'The domains share data or features: a shared feature needs one definition and an owner, or it breaks silently.', target: '#common-mistakes' },
    'small-teams': { text: 'The teams cannot operate their own systems: federation would leave ML systems without sustainable on-call.', target: '#federated' },
    'no-standards': { text: 'No agreed minimum standards: with federation each team invents its own deployment and monitoring, and failures are found in production.', target: '#common-mistakes' },
    'federation-fits': {
      text: 'Strongly independent domains, teams large enough to operate their systems, and agreed minimum standards: federation can work.',
      target: '#how-to-choose',
    },
    governance: { text: 'Regulated or high-risk decisions: keep central review and governance, even where model building is federated.', target: '#how-to-choose' },
    'paved-road': { text: 'Make the paved road faster than going alone, or teams will route around the platform.', target: '#common-mistakes' },
  },
  rules: [
    { text: 'Few models at an early stage: centralized, a small central team.', target: '#how-to-choose' },
    {
      text: 'Many models: federated only when no pipelines are rebuilt by several teams, the domains are strongly independent, the teams can operate their own systems, and they agree on minimum standards.',
      target: '#how-to-choose',
    },
    { text: 'Otherwise, with many models: hybrid, a central platform with domain-owned models.', target: '#hybrid' },
    { text: 'Whatever the outcome, regulated or high-risk decisions keep central review and governance.', target: '#how-to-choose' },
  ],
  decide: decideCentralizedVsFederated,
};

/** The rules above, in their order. Called with every question answered. */
export function decideCentralizedVsFederated(answers: Answers): Decision {
  const governance = answers.regulated === 'yes' ? ['governance'] : [];
  if (answers.models === 'few') return { outcome: 'centralized', reasons: ['few-models', 'platform-before-users', ...governance] };
  const against = [
    ...(answers.rebuilt === 'yes' ? ['rebuilt'] : []),
    ...(answers.independent === 'no' ? ['shared-features'] : []),
    ...(answers.operate === 'no' ? ['small-teams'] : []),
    ...(answers.standards === 'no' ? ['no-standards'] : []),
  ];
  if (against.length === 0) return { outcome: 'federated', reasons: ['federation-fits', ...governance] };
  return { outcome: 'hybrid', reasons: ['many-models', ...against, ...governance, 'paved-road'] };
}
