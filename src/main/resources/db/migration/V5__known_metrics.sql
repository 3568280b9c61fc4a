-- The metrics in use, one row per metric_key, named by its alphabetically first spelling: what
-- the "record the response" form offers. Reading them from disclosed_figure grouped every figure
-- each time a request was filed, so filing got slower as figures accumulated.
CREATE TABLE known_metric (
    metric_key VARCHAR(200) NOT NULL PRIMARY KEY,
    metric     VARCHAR(200) NOT NULL
);

INSERT INTO known_metric (metric_key, metric)
SELECT metric_key, MIN(metric) FROM disclosed_figure GROUP BY metric_key;
