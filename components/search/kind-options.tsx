import { KIND_FILTERS } from '@/lib/search/kind-filter';

/** The choices of a "filter by kind" select: all kinds, then each kind by its plural label. */
export function KindOptions() {
  return (
    <>
      <option value="">All kinds</option>
      {KIND_FILTERS.map((k) => (
        <option key={k.value} value={k.value}>
          {k.label}
        </option>
      ))}
    </>
  );
}
