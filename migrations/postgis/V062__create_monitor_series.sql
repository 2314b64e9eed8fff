-- The monitor's series per area, indicator and year (geodata/series_gemeente.csv for gemeenten, registered
-- crime of variables_wijk.csv / variables_buurt.csv for wijken and buurten), loaded with the geodata import so
-- that under postgis the monitor reads no CSV at run time.
CREATE TABLE monitor_series (
    code        text NOT NULL,
    indicator   text NOT NULL,
    year        integer NOT NULL,
    numerator   double precision,
    denominator double precision,
    value       double precision,
    status      text NOT NULL,
    mapping     text,
    PRIMARY KEY (code, indicator, year)
);
