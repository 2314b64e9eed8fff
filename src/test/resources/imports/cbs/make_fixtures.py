#!/usr/bin/env python3
"""Writes the CBS-format import fixtures from figures the planner ships (geodata/), in the two layouts CBS
publishes: a StatLine CSV export and OData v4 JSON (Observations). Run from the repository root:
    python3 src/test/resources/imports/cbs/make_fixtures.py
Nothing here is invented: every number is a cell of geodata/variables_wijk.csv or variables_gemeente.csv,
re-exported; a blank (suppressed) cell becomes CBS's 'x' (secret)."""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.path.join(HERE, '..', '..', '..', '..', '..', 'geodata')


def rows(name):
    with open(os.path.join(GEO, name), encoding='utf-8') as f:
        return list(csv.DictReader(f))


def cbs_number(v):
    return 'x' if v == '' else v.rjust(10)


def statline():
    wijken = [r for r in rows('variables_wijk.csv') if r['gm_code'] == 'GM0034']
    gemeente = [r for r in rows('variables_gemeente.csv') if r['code'] == 'GM0034'][0]
    out = ['"Kerncijfers wijken en buurten 2024";', '"Centraal Bureau voor de Statistiek, tabel 85984NED";', '',
           '"ID";"WijkenEnBuurten";"Perioden";"AantalInwoners_5";"HuishoudensTotaal_29"']
    n = 0
    out.append('"%d";"%s";"2024JJ00";"%s";"%s"' % (n, 'GM0034'.ljust(10), cbs_number(gemeente['population']),
                                                    cbs_number(gemeente['households'])))
    for w in wijken:
        n += 1
        out.append('"%d";"%s";"2024JJ00";"%s";"%s"' % (n, w['code'].ljust(10), cbs_number(w['population']),
                                                        cbs_number(w['households'])))
    out += ['', '"Bron: CBS"']
    with open(os.path.join(HERE, 'statline-85984NED-kwb2024.csv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(out) + '\n')


def odata():
    values = []
    for g in rows('variables_gemeente.csv'):
        for year in ('2023', '2024'):
            values.append({'Id': len(values), 'Measure': 'GeregistreerdeMisdrijven_1', 'ValueAttribute': 'None',
                           'Value': float(g['crimes_' + year]), 'SoortMisdrijf': '0.0.0  ', 'RegioS': g['code'],
                           'Perioden': year + 'JJ00'})
        values.append({'Id': len(values), 'Measure': 'GeregistreerdeMisdrijven_1', 'ValueAttribute': 'None',
                       'Value': float(g['burglary_2024']) if g['burglary_2024'] else None, 'SoortMisdrijf': '1.1.1  ',
                       'RegioS': g['code'], 'Perioden': '2024JJ00'})
    doc = {'@odata.context': 'https://datasets.cbs.nl/odata/v1/CBS/47022NED/$metadata#Observations', 'value': values}
    with open(os.path.join(HERE, 'odata-47022NED-crime.json'), 'w', encoding='utf-8') as f:
        json.dump(doc, f, indent=1)


statline()
odata()
