import { fitView } from '../src/lib/map/svgMapGeometry';
for (const [w, h] of [[355, 300], [355, 380], [950, 400], [950, 520], [1300, 700], [1800, 900]]) console.log(w, h, fitView([3.36, 50.75, 7.23, 53.55], w, h, 16, 9.5).zoom.toFixed(2));
