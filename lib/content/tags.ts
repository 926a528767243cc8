/**
 * The tag vocabulary: every tag an entry may carry, with what it means. Search and the review builder rely on
 * tags meaning one thing each, so a new tag is added here (with its meaning) before a page uses it, and the
 * content build rejects any other with a "did you mean".
 */
export const TAGS = {
  accuracy: 'How good the predictions are, and what it costs to make them better.',
  alerting: 'Rules that turn a metric into a page or a ticket for a named owner.',
  architecture: 'How the components of an ML system are laid out and connected.',
  automation: 'Replacing manual steps (training, deployment, checks) with pipelines.',
  automl: 'Automated model search: architectures, features and hyperparameters.',
  'batch-prediction': 'Predictions computed ahead of time on a schedule and read later.',
  'best-practices': 'Practices the source document recommends for production ML.',
  bias: 'Systematic error in data or feedback that skews what a model learns.',
  caching: 'Keeping computed features, embeddings or predictions to answer faster.',
  'cheat-sheet': 'One-page summaries to look things up quickly.',
  'computer-vision': 'Models that work on images and video.',
  cost: 'What serving, training and storage cost, and how design choices change it.',
  data: 'Collecting, joining and preparing the data a model learns from.',
  'data-quality': 'Whether data is complete, valid, fresh and what the model expects.',
  deployment: 'Putting a model version into production, and taking it back out.',
  'distributed-systems': 'Work spread across machines: sharding, replicas, coordination.',
  drift: 'Data or relationships that change after a model is trained.',
  edge: 'Running models on devices or close to them instead of in a data centre.',
  embeddings: 'Dense vector representations of items, users, text or images.',
  evaluation: 'Measuring a model offline and online before and after launch.',
  exploration: 'Showing options the model is unsure of, to learn about them.',
  features: 'The inputs a model reads, how they are computed and served.',
  forecasting: 'Predicting future values of time series.',
  fraud: 'Detecting fraudulent or abusive activity.',
  governance: 'Who approves a model, what is documented about it, and the rules it must meet.',
  'human-in-the-loop': 'People reviewing, correcting or labelling what the model decides.',
  inference: 'Running a trained model to produce predictions.',
  labeling: 'Producing ground-truth labels: guidelines, annotators, agreement and label quality.',
  latency: 'How long a prediction takes, end to end, and the budget for it.',
  llm: 'Large language models and systems built around them.',
  maturity: 'How far a team has automated its ML lifecycle (MLOps levels).',
  metrics: 'What to measure about models, systems, data and business outcomes.',
  'ml-systems': 'Production machine-learning systems as a whole.',
  mlops: 'Engineering practice for operating ML: pipelines, registries, monitoring.',
  'model-compression': 'Making models smaller and faster: quantization, distillation, pruning.',
  modeling: 'Choosing and shaping the model itself.',
  monitoring: 'Watching a live system and its model for problems.',
  nlp: 'Models that work on natural-language text.',
  observability: 'Logs, metrics and traces that explain what a system is doing.',
  operations: 'Running a system day to day: on-call, incidents, runbooks.',
  organization: 'How teams are structured and share the work of ML.',
  overview: 'Starting points that map the whole atlas.',
  ownership: 'Who is responsible for a model, a pipeline or an alert.',
  personalization: 'Predictions tailored to the individual user.',
  pipelines: 'Sequences of processing steps from raw data to a result.',
  platform: 'Shared infrastructure many ML teams build on.',
  ranking: 'Ordering candidates by predicted relevance or value.',
  'real-time': 'Predictions computed within a request, in milliseconds.',
  recommendations: 'Suggesting items a user is likely to want.',
  reliability: 'Keeping a service available and within its objectives when parts of it fail.',
  reference: 'Facts and figures to look up rather than read through.',
  retraining: 'Training a model again on newer data, on a schedule or a trigger.',
  retrieval: 'Finding candidate items or documents for a query or user.',
  'risk-scoring': 'Scoring how risky an event or actor is.',
  scaling: 'Handling more load: more replicas, shards, stages or machines.',
  search: 'Answering queries with ranked results.',
  security: 'Attacks on a system, its data, its models and its supply chain, and the defences.',
  serving: 'Delivering predictions to the callers that need them.',
  streaming: 'Processing events continuously as they arrive.',
  'system-design': 'Designing a system from requirements to components.',
  testing: 'Automated checks on code, data, pipelines and models.',
  'time-series': 'Data indexed by time, with trend and seasonality.',
  training: 'Fitting models to data, and the pipelines that do it.',
  'training-serving-parity': 'Computing features the same way in training and in serving.',
  'transfer-learning': 'Reusing what a model learned on one task or domain for another.',
  trends: 'Directions the field is moving in.',
} as const satisfies Record<string, string>;

export type Tag = keyof typeof TAGS;

/** Tags merged into another: a page still using one is told which tag replaced it. */
export const MERGED_TAGS: Record<string, Tag> = {
  'edge-ml': 'edge',
  scale: 'scaling',
  'information-retrieval': 'retrieval',
  teams: 'organization',
};

export function isTag(value: string): value is Tag {
  return Object.hasOwn(TAGS, value);
}
