-- Onboarding: digital-maturity self-assessments (retaken over time, so several per firm) and the pains and main
-- products a firm adds to its company profile for the ranked plan.
CREATE TABLE maturity_assessments (
    id          TEXT PRIMARY KEY,
    org_id      TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    taken_by    TEXT NULL REFERENCES users (id) ON DELETE SET NULL,
    taken_at    TEXT NOT NULL,
    score       INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
    level       INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4)
);
CREATE INDEX ix_maturity_assessments_org ON maturity_assessments (org_id, taken_at);
CREATE INDEX ix_maturity_assessments_taken_by ON maturity_assessments (taken_by);

CREATE TABLE maturity_answers (
    assessment_id   TEXT NOT NULL REFERENCES maturity_assessments (id) ON DELETE CASCADE,
    question_id     TEXT NOT NULL,
    answer          INTEGER NOT NULL CHECK (answer BETWEEN 0 AND 5),
    PRIMARY KEY (assessment_id, question_id)
);

-- Pains are codes from the closed list in Core/Features/Templates/ManufacturingProblems, separated by commas.
CREATE TABLE onboarding_profiles (
    org_id          TEXT PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
    main_products   TEXT NOT NULL,
    pains           TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
