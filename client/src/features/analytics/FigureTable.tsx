import { useId } from 'react';
import type { FigureCategory, FigureModel, ValueKind } from './figureModel';
import { useHorizontalOverflow } from './useHorizontalOverflow';

interface FigureTableProps {
  figure: FigureModel;
  caption: string;
  formatValue: (value: number | null, kind: ValueKind) => string;
}

/** The plot's numbers (and the counts behind its rates) as a real table, one row per category. */
export function FigureTable({ figure, caption, formatValue }: FigureTableProps) {
  const captionId = useId();
  const [wrapRef, isOverflowing] = useHorizontalOverflow<HTMLDivElement>();
  const row = (category: FigureCategory) => (
    <tr key={category.key}>
      <th scope="row">{category.label}</th>
      {figure.series.map((series, index) => (
        <td key={series.key} className="analytics-table__number">
          {formatValue(category.values[index] ?? null, series.valueKind)}
        </td>
      ))}
    </tr>
  );
  return (
    // On a narrow screen a wide table scrolls sideways: then it takes focus, so keys scroll it.
    <div
      ref={wrapRef}
      className="table-wrap analytics-table-wrap"
      {...(isOverflowing ? { tabIndex: 0, role: 'region', 'aria-labelledby': captionId } : {})}
    >
      <table className="table table--dense analytics-table">
        <caption id={captionId} className="analytics-table__caption">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{figure.categoryHeader}</th>
            {figure.series.map((series) => (
              <th scope="col" key={series.key} className="analytics-table__number">
                {series.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{figure.categories.map(row)}</tbody>
        {figure.total && <tfoot>{row(figure.total)}</tfoot>}
      </table>
    </div>
  );
}
