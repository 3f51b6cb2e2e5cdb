import type { Core } from 'cytoscape';
import { useT } from '../../i18n';
import { download } from './download';
import { svgOf } from './svg';

/** Download the drawn map (the whole of it, not only what the viewport shows) as PNG or SVG. */
export function Exports({ cyRef, day }: { cyRef: { current: Core | null }; day: string | null }) {
  const { t, date } = useT();
  const exportPng = () => {
    const cy = cyRef.current;
    if (cy)
      download(
        cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }),
        'samverkan-map.png',
      );
  };
  const exportSvg = () => {
    const cy = cyRef.current;
    if (!cy || !day) return;
    const svg = svgOf(cy, `${t.mapTitle} – ${date(day)}`);
    download(new Blob([svg], { type: 'image/svg+xml' }), 'samverkan-map.svg');
  };
  return (
    <>
      <button type="button" className="button" onClick={exportPng} disabled={!day}>
        {t.mapExport}
      </button>
      <button type="button" className="button" onClick={exportSvg} disabled={!day}>
        {t.mapExportSvg}
      </button>
    </>
  );
}
