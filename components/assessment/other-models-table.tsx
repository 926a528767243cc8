import { CORRESPONDENCE, GOOGLE, MICROSOFT } from '@/lib/assessment/other-models';
import { MATURITY_LABEL } from '@/lib/review/model';

/** The atlas's levels beside Google's and Microsoft's, with the sources to check them against. */
export function OtherModelsTable() {
  return (
    <>
      <div className="table-scroll" role="region" aria-label="Maturity levels compared" tabIndex={0}>
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-700">
              <th scope="col" className="py-2 pr-4">This atlas</th>
              <th scope="col" className="py-2 pr-4">{GOOGLE.name}</th>
              <th scope="col" className="py-2 pr-4">{MICROSOFT.name}</th>
              <th scope="col" className="py-2 pr-4">Where they differ</th>
            </tr>
          </thead>
          <tbody>
            {CORRESPONDENCE.map((row) => (
              <tr key={row.level} className="border-b border-slate-200 align-top dark:border-slate-800">
                <th scope="row" className="py-2 pr-4 font-medium">{MATURITY_LABEL[row.level]}</th>
                <td className="py-2 pr-4">{row.google}</td>
                <td className="py-2 pr-4">{row.microsoft}</td>
                <td className="py-2 pr-4 text-slate-700 dark:text-slate-300">{row.note ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">
        Sources:{' '}
        <a href={GOOGLE.source.url} className="underline underline-offset-2">
          {GOOGLE.source.title}
        </a>{' '}
        (Google Cloud Architecture Center);{' '}
        <a href={MICROSOFT.source.url} className="underline underline-offset-2">
          {MICROSOFT.source.title}
        </a>{' '}
        (Azure Architecture Center).
      </p>
    </>
  );
}
