-- Each user's secret calendar address (org.foiflow.requestpage.CalendarTokens): calendar apps
-- subscribe to /calendar/TOKEN.ics without a password, so the token is the only key. Renewing
-- replaces it, and the old address answers 404 from then on.
CREATE TABLE calendar_token (
    user_id    VARCHAR(255) NOT NULL PRIMARY KEY,
    token      VARCHAR(64)  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE UNIQUE INDEX calendar_token_by_token ON calendar_token (token);
