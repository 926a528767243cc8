import { describe, expect, it } from 'vitest';
import { sectionMarkdown } from '@/lib/export/section-markdown';

const TWIN = `---
title: Label Leakage
---

# Label Leakage

Summary.

## Problem {#problem}

Future information.

## Solution {#solution}

Lead.

### Splits {#splits}

\`\`\`python
# a comment, not a heading
split_by_time(rows)
\`\`\`

### Auditing {#auditing}

~~~md
## Not a heading either {#symptoms}
~~~

## Symptoms {#symptoms}

Too good to be true.
`;

describe('sectionMarkdown', () => {
  it('takes the heading and everything down to the next heading of the same or a higher level, then cites the page', () => {
    expect(sectionMarkdown(TWIN, 'solution', 'https://x.test/p/#solution')).toBe(
      [
        '## Solution',
        '',
        'Lead.',
        '',
        '### Splits',
        '',
        '```python',
        '# a comment, not a heading',
        'split_by_time(rows)',
        '```',
        '',
        '### Auditing',
        '',
        '~~~md',
        '## Not a heading either {#symptoms}',
        '~~~',
        '',
        'Source: [Label Leakage › Solution](https://x.test/p/#solution)',
        '',
      ].join('\n'),
    );
  });

  it('ends an h3 at the next h3 and at the next h2; the last section runs to the end', () => {
    expect(sectionMarkdown(TWIN, 'splits', 'u')).toMatch(/^### Splits\n[\s\S]*split_by_time\(rows\)\n```\n\nSource: \[Label Leakage › Splits\]\(u\)\n$/);
    expect(sectionMarkdown(TWIN, 'auditing', 'u')).not.toContain('Too good');
    expect(sectionMarkdown(TWIN, 'symptoms', 'u')).toBe('## Symptoms\n\nToo good to be true.\n\nSource: [Label Leakage › Symptoms](u)\n');
  });

  it('finds nothing for an id the twin does not have, nor one that appears only inside a code fence', () => {
    expect(sectionMarkdown(TWIN, 'missing', 'u')).toBeUndefined();
    expect(sectionMarkdown(TWIN.replace('## Symptoms {#symptoms}', '## Symptoms'), 'symptoms', 'u')).toBeUndefined();
  });
});
