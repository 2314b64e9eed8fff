"""Headless QGIS (PyQGIS) as a client of the running geodata service: reads every collection through
QGIS's own OGC API - Features provider (oapif), counts features and distinct codes, tries RD New, and
opens the buurt vector tiles. Usage: QT_QPA_PLATFORM=offscreen python3 .ci/qgis-check.py http://127.0.0.1:8080
Run by .ci/qgis-check; not part of ./mvnw verify (QGIS is a large install)."""
import os
import sys

from qgis.core import Qgis, QgsApplication, QgsFeatureRequest, QgsVectorLayer, QgsVectorTileLayer

base = sys.argv[1].rstrip('/')
app = QgsApplication([], False)
app.initQgis()
expected = {'gemeenten': 342, 'wijken': 3393, 'buurten': 14566}
failures = 0
print('QGIS', Qgis.QGIS_VERSION)
for name, count in expected.items():
    for srs in ('', 'EPSG:28992'):
        uri = f"url='{base}/api' typename='{name}' restrictToRequestBBOX='0' pageSize='5000'"
        if srs:
            uri += f" srsname='{srs}'"
        layer = QgsVectorLayer(uri, name, 'oapif')
        if not layer.isValid():
            print(f'{name} {srs or "CRS84"}: layer not valid'); failures += 1; continue
        codes = [f['code'] for f in layer.getFeatures(QgsFeatureRequest())]
        e = layer.extent()
        ok = len(codes) == count and len(set(codes)) == count
        failures += 0 if ok else 1
        print(f'{name} {srs or "CRS84"}: {len(codes)} features, {len(set(codes))} distinct codes (expected {count}), '
              f'layer CRS {layer.crs().authid()}, extent {e.xMinimum():.2f},{e.yMinimum():.2f} - {e.xMaximum():.2f},{e.yMaximum():.2f}'
              f' {"ok" if ok else "FAILED"}')
tiles = QgsVectorTileLayer(f'type=xyz&url={base}/api/collections/buurten/tiles/WebMercatorQuad/{{z}}/{{y}}/{{x}}&zmin=0&zmax=18',
                           'buurten tiles')
print('vector tile layer valid:', tiles.isValid(), 'CRS', tiles.crs().authid())
failures += 0 if tiles.isValid() else 1
sys.stdout.flush()
os._exit(1 if failures else 0)  # QGIS 3.22 may crash in exitQgis() when run headless; nothing is left to clean up
