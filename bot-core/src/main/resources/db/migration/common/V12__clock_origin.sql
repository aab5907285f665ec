-- Where a scaled domain clock (LARGRUPP_TIME_SCALE other than 1) started, so restarts continue the same domain time.
CREATE TABLE clock_origin (
    id            INTEGER PRIMARY KEY,
    real_origin   TIMESTAMP WITH TIME ZONE NOT NULL,
    domain_origin TIMESTAMP WITH TIME ZONE NOT NULL,
    scale         DOUBLE PRECISION         NOT NULL
);
