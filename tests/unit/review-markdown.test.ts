import { describe, expect, it } from 'vitest';
import { groupByPhase } from '@/lib/review/checklist';
import { checklistMarkdown } from '@/lib/review/markdown';
import type { ReviewItem } from '@/lib/review/model';

const base = { systems: [], serving: [], maturity: 0 as const, when: [], core: false, aliases: [] };
const ITEMS: ReviewItem[] = [
  {
    ...base,
    id: 'drift-reference-refresh',
    text: 'What is the reference distribution for each monitor, and when is it refreshed?',
    why: 'A reference refreshed silently makes the monitor meaningless.',
    phase: 'monitoring',
    severity: 'must',
    page: { id: 'data-drift', path: '/pitfalls/data-drift/', title: 'Data Drift' },
    section: { id: 'continuous-monitoring', title: 'Continuous monitoring' },
  },
  {
    ...base,
    id: 'leakage-split',
    text: 'Is the split by time, with [brackets] and *stars* escaped?',
    why: 'Random splits leak the future.',
    phase: 'data',
    severity: 'should',
    systems: ['fraud-detection'],
    page: { id: 'label-leakage', path: '/pitfalls/label-leakage/', title: 'Label Leakage' },
    section: { id: 'solution', title: 'Solution' },
  },
];

describe('checklistMarkdown', () => {
  it('writes a GitHub task list with the choice, the date, counts and absolute deep links', () => {
    const markdown = checklistMarkdown(groupByPhase(ITEMS), { system: 'fraud-detection', serving: 'real-time', maturity: 1, severity: 'should', when: ['adversarial'] }, new Set(['leakage-split']), {
      absoluteUrl: (p) => `https://docs.example.com/atlas${p}`,
      builderPath: '/review/?system=fraud-detection&serving=real-time&maturity=1&severity=should&when=adversarial',
      date: '2026-11-29',
      systemTitles: new Map([['fraud-detection', 'Fraud Detection']]),
    });
    expect(markdown).toBe(
      [
        '# Design review checklist: Fraud Detection, real-time, Level 1, must and should',
        '',
        '- System: Fraud Detection',
        '- Serving mode: Real-time',
        '- Maturity: Level 1: ML Pipeline Automation',
        '- Severity: must and should',
        '- Conditions: Adversarial users',
        '- 2 items (1 must, 1 should, 0 consider), 1 done',
        '- Exported 2026-11-29 from [ML System Design Atlas](https://docs.example.com/atlas/review/?system=fraud-detection&serving=real-time&maturity=1&severity=should&when=adversarial)',
        '',
        '## Data (1)',
        '',
        '- [x] **Should**: [Is the split by time, with \\[brackets\\] and \\*stars\\* escaped?](https://docs.example.com/atlas/pitfalls/label-leakage/#leakage-split) Random splits leak the future. See [Label Leakage › Solution](https://docs.example.com/atlas/pitfalls/label-leakage/#solution).',
        '',
        '## Monitoring (1)',
        '',
        '- [ ] **Must**: [What is the reference distribution for each monitor, and when is it refreshed?](https://docs.example.com/atlas/pitfalls/data-drift/#drift-reference-refresh) A reference refreshed silently makes the monitor meaningless. See [Data Drift › Continuous monitoring](https://docs.example.com/atlas/pitfalls/data-drift/#continuous-monitoring).',
        '',
      ].join('\n'),
    );
  });

  it('names "any" choices', () => {
    const markdown = checklistMarkdown([], { when: [] }, new Set(), { absoluteUrl: (p) => `http://localhost:3000${p}`, builderPath: '/review/', date: '2026-01-02', systemTitles: new Map() });
    expect(markdown.split('\n').slice(0, 8)).toEqual([
      '# Design review checklist: any system',
      '',
      '- System: any',
      '- Serving mode: any',
      '- Maturity: any level',
      '- Severity: every severity',
      '- Conditions: none',
      '- 0 items (0 must, 0 should, 0 consider), 0 done',
    ]);
  });
});
