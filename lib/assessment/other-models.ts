/**
 * How the atlas's four levels line up with the two public maturity models teams most often cite. A rough
 * correspondence, checked against each model's own description (the `source` pages), not an equivalence: the
 * models cut the path at different places, which `note` says where it matters.
 */
export interface ModelReference {
  name: string;
  source: { title: string; url: string };
}

export const GOOGLE: ModelReference = {
  name: 'Google Cloud (levels 0–2)',
  source: {
    title: 'MLOps: Continuous delivery and automation pipelines in machine learning',
    url: 'https://cloud.google.com/architecture/mlops-continuous-delivery-and-automation-pipelines-in-machine-learning',
  },
};

export const MICROSOFT: ModelReference = {
  name: 'Microsoft Azure (levels 0–4)',
  source: { title: 'Machine Learning operations maturity model', url: 'https://learn.microsoft.com/azure/architecture/ai-ml/guide/mlops-maturity-model' },
};

export interface LevelCorrespondence {
  level: 0 | 1 | 2 | 3;
  google: string;
  microsoft: string;
  note?: string;
}

export const CORRESPONDENCE: readonly LevelCorrespondence[] = [
  {
    level: 0,
    google: 'Level 0: Manual process',
    microsoft: 'Level 0: No MLOps; Level 1: DevOps but no MLOps',
    note: "Microsoft's Level 1 automates builds and tests of the application code, while the model is still trained and handed over by hand.",
  },
  {
    level: 1,
    google: 'Level 1: ML pipeline automation (in part)',
    microsoft: 'Level 2: Automated Training',
    note: "Google's Level 1 also trains continuously and deploys the model service automatically, which the atlas places at Level 2.",
  },
  { level: 2, google: 'Level 1 (continuous training) to Level 2: CI/CD pipeline automation', microsoft: 'Level 3: Automated Model Deployment' },
  {
    level: 3,
    google: 'Level 2: CI/CD pipeline automation',
    microsoft: 'Level 4: Full MLOps Automated Operations',
    note: "Google's model ends at Level 2, whose pipeline already includes a feature store, a metadata store and a model registry; it has no separate level for automated rollback.",
  },
];
