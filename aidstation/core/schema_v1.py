"""The schema of version 1, frozen: the DDL every station had at `PRAGMA user_version = 1`.

FROZEN: NEVER EDIT THIS FILE. It is what `db.create_tables(ALL_MODELS)` and the two audit
triggers produced when version 1 was the latest (models as of commit cc57cee), written out
statement by statement in peewee's dependency order, so the first migration no longer reads the
live models. A change to the schema is a new numbered step in migrations.py, never an edit
here: an edit would give fresh stations a schema that migrated ones do not have.
tests/core/test_migrations.py checks that a fresh station still matches the live models.
"""
from __future__ import annotations

STATEMENTS: tuple[str, ...] = (
    (
        'CREATE TABLE "user" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"username" VARCHAR(255) NOT NULL, '
        '"display_name" VARCHAR(255) NOT NULL, '
        '"role" VARCHAR(255) NOT NULL, '
        '"password_hash" VARCHAR(255) NOT NULL, '
        '"active" INTEGER NOT NULL, '
        '"last_login" DATETIME, '
        '"failed_attempts" INTEGER NOT NULL, '
        '"locked_until" DATETIME, '
        '"language" VARCHAR(255) NOT NULL, '
        '"created_at" DATETIME NOT NULL)'
    ),
    'CREATE UNIQUE INDEX "user_username" ON "user" ("username")',
    (
        'CREATE TABLE "person" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"created_at" DATETIME NOT NULL, '
        '"created_by_id" INTEGER, '
        '"updated_at" DATETIME NOT NULL, '
        '"updated_by_id" INTEGER, '
        '"deleted_at" DATETIME, '
        '"name" VARCHAR(255) NOT NULL, '
        '"gender" VARCHAR(255) NOT NULL, '
        '"ethnicity" VARCHAR(255) NOT NULL, '
        '"birth_date" DATE, '
        '"id_number" VARCHAR(255), '
        '"phone" VARCHAR(255) NOT NULL, '
        '"address" VARCHAR(255) NOT NULL, '
        '"community" VARCHAR(255) NOT NULL, '
        '"occupation" VARCHAR(255) NOT NULL, '
        '"notes" TEXT NOT NULL, '
        'FOREIGN KEY ("created_by_id") REFERENCES "user" ("id") ON DELETE SET NULL, '
        'FOREIGN KEY ("updated_by_id") REFERENCES "user" ("id") ON DELETE SET NULL)'
    ),
    'CREATE INDEX "person_created_by_id" ON "person" ("created_by_id")',
    'CREATE INDEX "person_updated_by_id" ON "person" ("updated_by_id")',
    'CREATE INDEX "person_deleted_at" ON "person" ("deleted_at")',
    'CREATE INDEX "person_name" ON "person" ("name")',
    'CREATE UNIQUE INDEX "person_id_number" ON "person" ("id_number")',
    'CREATE INDEX "person_phone" ON "person" ("phone")',
    (
        'CREATE TABLE "aid_application" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"created_at" DATETIME NOT NULL, '
        '"created_by_id" INTEGER, '
        '"updated_at" DATETIME NOT NULL, '
        '"updated_by_id" INTEGER, '
        '"deleted_at" DATETIME, '
        '"number" VARCHAR(255) NOT NULL, '
        '"received_on" DATE NOT NULL, '
        '"applicant_id" INTEGER NOT NULL, '
        '"agent_id" INTEGER, '
        '"agent_relation" VARCHAR(255) NOT NULL, '
        '"limited_capacity" INTEGER NOT NULL, '
        '"aid_form" VARCHAR(255) NOT NULL, '
        '"case_type" VARCHAR(255) NOT NULL, '
        '"cause" VARCHAR(255) NOT NULL, '
        '"scope_item" VARCHAR(255) NOT NULL, '
        '"legal_stage" VARCHAR(255) NOT NULL, '
        '"summary" TEXT NOT NULL, '
        '"hardship_route" VARCHAR(255) NOT NULL, '
        '"hardship_ground" VARCHAR(255) NOT NULL, '
        '"hardship_reason" TEXT NOT NULL, '
        '"monthly_income" DECIMAL(14, 2), '
        '"art32_ground" VARCHAR(255) NOT NULL, '
        '"no_fixed_income" INTEGER NOT NULL, '
        '"assistance_recipient" INTEGER NOT NULL, '
        '"detained" INTEGER NOT NULL, '
        '"urgent_deadline" DATE, '
        '"notice_issued_at" DATETIME, '
        '"forwarded_on" DATE, '
        '"forwarded_at" DATETIME, '
        '"forwarded_to" VARCHAR(255) NOT NULL, '
        '"decision" VARCHAR(255) NOT NULL, '
        '"decision_on" DATE, '
        '"decision_reason" TEXT NOT NULL, '
        '"assigned_on" DATE, '
        '"assigned_to" VARCHAR(255) NOT NULL, '
        '"closed_on" DATE, '
        '"outcome" TEXT NOT NULL, '
        '"amount_recovered" DECIMAL(14, 2) NOT NULL, '
        '"notes" TEXT NOT NULL, '
        'FOREIGN KEY ("created_by_id") REFERENCES "user" ("id") ON DELETE SET NULL, '
        'FOREIGN KEY ("updated_by_id") REFERENCES "user" ("id") ON DELETE SET NULL, '
        'FOREIGN KEY ("applicant_id") REFERENCES "person" ("id"), '
        'FOREIGN KEY ("agent_id") REFERENCES "person" ("id"))'
    ),
    'CREATE INDEX "aid_application_created_by_id" ON "aid_application" ("created_by_id")',
    'CREATE INDEX "aid_application_updated_by_id" ON "aid_application" ("updated_by_id")',
    'CREATE INDEX "aid_application_deleted_at" ON "aid_application" ("deleted_at")',
    'CREATE UNIQUE INDEX "aid_application_number" ON "aid_application" ("number")',
    'CREATE INDEX "aid_application_received_on" ON "aid_application" ("received_on")',
    'CREATE INDEX "aid_application_applicant_id" ON "aid_application" ("applicant_id")',
    'CREATE INDEX "aid_application_agent_id" ON "aid_application" ("agent_id")',
    'CREATE INDEX "aid_application_forwarded_on" ON "aid_application" ("forwarded_on")',
    'CREATE INDEX "aid_application_decision" ON "aid_application" ("decision")',
    'CREATE INDEX "aid_application_decision_on" ON "aid_application" ("decision_on")',
    'CREATE INDEX "aid_application_assigned_on" ON "aid_application" ("assigned_on")',
    'CREATE INDEX "aid_application_closed_on" ON "aid_application" ("closed_on")',
    (
        'CREATE TABLE "aid_group" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"application_id" INTEGER NOT NULL, '
        '"group" VARCHAR(255) NOT NULL, '
        'FOREIGN KEY ("application_id") REFERENCES "aid_application" ("id") ON DELETE CASCADE)'
    ),
    'CREATE INDEX "aid_group_application_id" ON "aid_group" ("application_id")',
    (
        'CREATE UNIQUE INDEX "aid_group_application_id_group" '
        'ON "aid_group" ("application_id", "group")'
    ),
    (
        'CREATE TABLE "aid_material" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"application_id" INTEGER NOT NULL, '
        '"material" VARCHAR(255) NOT NULL, '
        '"required" INTEGER NOT NULL, '
        '"received" INTEGER NOT NULL, '
        '"received_on" DATE, '
        '"copies" INTEGER NOT NULL, '
        '"note" VARCHAR(255) NOT NULL, '
        'FOREIGN KEY ("application_id") REFERENCES "aid_application" ("id") ON DELETE CASCADE)'
    ),
    'CREATE INDEX "aid_material_application_id" ON "aid_material" ("application_id")',
    (
        'CREATE UNIQUE INDEX "aid_material_application_id_material" '
        'ON "aid_material" ("application_id", "material")'
    ),
    (
        'CREATE TABLE "audit_event" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"at" DATETIME NOT NULL, '
        '"username" VARCHAR(255) NOT NULL, '
        '"action" VARCHAR(255) NOT NULL, '
        '"entity" VARCHAR(255) NOT NULL, '
        '"entity_id" INTEGER, '
        '"fields" TEXT NOT NULL, '
        '"detail" TEXT NOT NULL, '
        '"prev_hash" VARCHAR(255) NOT NULL, '
        '"hash" VARCHAR(255) NOT NULL)'
    ),
    'CREATE INDEX "audit_event_at" ON "audit_event" ("at")',
    'CREATE INDEX "audit_event_action" ON "audit_event" ("action")',
    'CREATE INDEX "audit_event_entity" ON "audit_event" ("entity")',
    (
        'CREATE TABLE "publicity_activity" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"created_at" DATETIME NOT NULL, '
        '"created_by_id" INTEGER, '
        '"updated_at" DATETIME NOT NULL, '
        '"updated_by_id" INTEGER, '
        '"deleted_at" DATETIME, '
        '"held_on" DATE NOT NULL, '
        '"format" VARCHAR(255) NOT NULL, '
        '"theme" VARCHAR(255) NOT NULL, '
        '"title" VARCHAR(255) NOT NULL, '
        '"place" VARCHAR(255) NOT NULL, '
        '"partners" VARCHAR(255) NOT NULL, '
        '"staff" INTEGER NOT NULL, '
        '"vehicles" INTEGER NOT NULL, '
        '"banners" INTEGER NOT NULL, '
        '"boards" INTEGER NOT NULL, '
        '"leaflets" INTEGER NOT NULL, '
        '"booklets" INTEGER NOT NULL, '
        '"lectures" INTEGER NOT NULL, '
        '"attendees" INTEGER NOT NULL, '
        '"consulted" INTEGER NOT NULL, '
        '"questions" INTEGER NOT NULL, '
        '"media" INTEGER NOT NULL, '
        '"notes" TEXT NOT NULL, '
        'FOREIGN KEY ("created_by_id") REFERENCES "user" ("id") ON DELETE SET NULL, '
        'FOREIGN KEY ("updated_by_id") REFERENCES "user" ("id") ON DELETE SET NULL)'
    ),
    'CREATE INDEX "publicity_activity_created_by_id" ON "publicity_activity" ("created_by_id")',
    'CREATE INDEX "publicity_activity_updated_by_id" ON "publicity_activity" ("updated_by_id")',
    'CREATE INDEX "publicity_activity_deleted_at" ON "publicity_activity" ("deleted_at")',
    'CREATE INDEX "publicity_activity_held_on" ON "publicity_activity" ("held_on")',
    (
        'CREATE TABLE "staff" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"created_at" DATETIME NOT NULL, '
        '"created_by_id" INTEGER, '
        '"updated_at" DATETIME NOT NULL, '
        '"updated_by_id" INTEGER, '
        '"deleted_at" DATETIME, '
        '"name" VARCHAR(255) NOT NULL, '
        '"role" VARCHAR(255) NOT NULL, '
        '"title" VARCHAR(255) NOT NULL, '
        '"phone" VARCHAR(255) NOT NULL, '
        '"community" VARCHAR(255) NOT NULL, '
        '"full_time" INTEGER NOT NULL, '
        '"active" INTEGER NOT NULL, '
        '"sort" INTEGER NOT NULL, '
        'FOREIGN KEY ("created_by_id") REFERENCES "user" ("id") ON DELETE SET NULL, '
        'FOREIGN KEY ("updated_by_id") REFERENCES "user" ("id") ON DELETE SET NULL)'
    ),
    'CREATE INDEX "staff_created_by_id" ON "staff" ("created_by_id")',
    'CREATE INDEX "staff_updated_by_id" ON "staff" ("updated_by_id")',
    'CREATE INDEX "staff_deleted_at" ON "staff" ("deleted_at")',
    (
        'CREATE TABLE "card_issue" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"created_at" DATETIME NOT NULL, '
        '"created_by_id" INTEGER, '
        '"updated_at" DATETIME NOT NULL, '
        '"updated_by_id" INTEGER, '
        '"deleted_at" DATETIME, '
        '"issued_on" DATE NOT NULL, '
        '"year" INTEGER, '
        '"serial_from" INTEGER, '
        '"serial_to" INTEGER, '
        '"quantity" INTEGER NOT NULL, '
        '"person_id" INTEGER, '
        '"recipient" VARCHAR(255) NOT NULL, '
        '"households" INTEGER NOT NULL, '
        '"household_type" VARCHAR(255) NOT NULL, '
        '"community" VARCHAR(255) NOT NULL, '
        '"channel" VARCHAR(255) NOT NULL, '
        '"activity_id" INTEGER, '
        '"issued_by_id" INTEGER, '
        '"notes" TEXT NOT NULL, '
        'FOREIGN KEY ("created_by_id") REFERENCES "user" ("id") ON DELETE SET NULL, '
        'FOREIGN KEY ("updated_by_id") REFERENCES "user" ("id") ON DELETE SET NULL, '
        'FOREIGN KEY ("person_id") REFERENCES "person" ("id"), '
        'FOREIGN KEY ("activity_id") REFERENCES "publicity_activity" ("id"), '
        'FOREIGN KEY ("issued_by_id") REFERENCES "staff" ("id"))'
    ),
    'CREATE INDEX "card_issue_created_by_id" ON "card_issue" ("created_by_id")',
    'CREATE INDEX "card_issue_updated_by_id" ON "card_issue" ("updated_by_id")',
    'CREATE INDEX "card_issue_deleted_at" ON "card_issue" ("deleted_at")',
    'CREATE INDEX "card_issue_issued_on" ON "card_issue" ("issued_on")',
    'CREATE INDEX "card_issue_person_id" ON "card_issue" ("person_id")',
    'CREATE INDEX "card_issue_activity_id" ON "card_issue" ("activity_id")',
    'CREATE INDEX "card_issue_issued_by_id" ON "card_issue" ("issued_by_id")',
    (
        'CREATE TABLE "card_print_run" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"printed_at" DATETIME NOT NULL, '
        '"year" INTEGER NOT NULL, '
        '"serial_from" INTEGER NOT NULL, '
        '"serial_to" INTEGER NOT NULL, '
        '"reprint" INTEGER NOT NULL, '
        '"username" VARCHAR(255) NOT NULL, '
        '"file_name" VARCHAR(255) NOT NULL)'
    ),
    (
        'CREATE TABLE "mediation_case" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"created_at" DATETIME NOT NULL, '
        '"created_by_id" INTEGER, '
        '"updated_at" DATETIME NOT NULL, '
        '"updated_by_id" INTEGER, '
        '"deleted_at" DATETIME, '
        '"number" VARCHAR(255) NOT NULL, '
        '"year" INTEGER NOT NULL, '
        '"seq" INTEGER NOT NULL, '
        '"received_on" DATE NOT NULL, '
        '"source" VARCHAR(255) NOT NULL, '
        '"dispute_type" VARCHAR(255) NOT NULL, '
        '"title" VARCHAR(255) NOT NULL, '
        '"facts" TEXT NOT NULL, '
        '"requests" TEXT NOT NULL, '
        '"amount" DECIMAL(14, 2) NOT NULL, '
        '"status" VARCHAR(255) NOT NULL, '
        '"concluded_on" DATE, '
        '"failure_route" VARCHAR(255) NOT NULL, '
        '"extended_until" DATE, '
        '"agreement_form" VARCHAR(255) NOT NULL, '
        '"agreement_on" DATE, '
        '"agreement_terms" TEXT NOT NULL, '
        '"responsibility" TEXT NOT NULL, '
        '"performance_method" TEXT NOT NULL, '
        '"performance_deadline" DATE, '
        '"performance_status" VARCHAR(255) NOT NULL, '
        '"judicial_applied_on" DATE, '
        '"judicial_result" VARCHAR(255) NOT NULL, '
        '"prevented_crime" INTEGER NOT NULL, '
        '"prevented_crime_persons" INTEGER NOT NULL, '
        '"prevented_petition" INTEGER NOT NULL, '
        '"prevented_petition_persons" INTEGER NOT NULL, '
        '"notes" TEXT NOT NULL, '
        'FOREIGN KEY ("created_by_id") REFERENCES "user" ("id") ON DELETE SET NULL, '
        'FOREIGN KEY ("updated_by_id") REFERENCES "user" ("id") ON DELETE SET NULL)'
    ),
    'CREATE INDEX "mediation_case_created_by_id" ON "mediation_case" ("created_by_id")',
    'CREATE INDEX "mediation_case_updated_by_id" ON "mediation_case" ("updated_by_id")',
    'CREATE INDEX "mediation_case_deleted_at" ON "mediation_case" ("deleted_at")',
    'CREATE UNIQUE INDEX "mediation_case_number" ON "mediation_case" ("number")',
    'CREATE INDEX "mediation_case_received_on" ON "mediation_case" ("received_on")',
    'CREATE INDEX "mediation_case_status" ON "mediation_case" ("status")',
    'CREATE INDEX "mediation_case_concluded_on" ON "mediation_case" ("concluded_on")',
    'CREATE INDEX "mediation_case_judicial_applied_on" ON "mediation_case" ("judicial_applied_on")',
    (
        'CREATE TABLE "case_mediator" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"case_id" INTEGER NOT NULL, '
        '"staff_id" INTEGER NOT NULL, '
        'FOREIGN KEY ("case_id") REFERENCES "mediation_case" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("staff_id") REFERENCES "staff" ("id"))'
    ),
    'CREATE INDEX "case_mediator_case_id" ON "case_mediator" ("case_id")',
    'CREATE INDEX "case_mediator_staff_id" ON "case_mediator" ("staff_id")',
    (
        'CREATE UNIQUE INDEX "case_mediator_case_id_staff_id" '
        'ON "case_mediator" ("case_id", "staff_id")'
    ),
    (
        'CREATE TABLE "code" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"kind" VARCHAR(255) NOT NULL, '
        '"code" VARCHAR(255) NOT NULL, '
        '"label_zh" VARCHAR(255) NOT NULL, '
        '"label_en" VARCHAR(255) NOT NULL, '
        '"sort" INTEGER NOT NULL, '
        '"active" INTEGER NOT NULL)'
    ),
    'CREATE INDEX "code_kind" ON "code" ("kind")',
    'CREATE UNIQUE INDEX "code_kind_code" ON "code" ("kind", "code")',
    (
        'CREATE TABLE "consultation" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"created_at" DATETIME NOT NULL, '
        '"created_by_id" INTEGER, '
        '"updated_at" DATETIME NOT NULL, '
        '"updated_by_id" INTEGER, '
        '"deleted_at" DATETIME, '
        '"number" VARCHAR(255) NOT NULL, '
        '"received_at" DATETIME NOT NULL, '
        '"channel" VARCHAR(255) NOT NULL, '
        '"person_id" INTEGER, '
        '"anonymous" INTEGER NOT NULL, '
        '"identity_refused" INTEGER NOT NULL, '
        '"matter" VARCHAR(255) NOT NULL, '
        '"question" TEXT NOT NULL, '
        '"advice" TEXT NOT NULL, '
        '"disposition" VARCHAR(255) NOT NULL, '
        '"referred_to" VARCHAR(255) NOT NULL, '
        '"reply_due" DATE, '
        '"answered_at" DATETIME, '
        '"documents_drafted" INTEGER NOT NULL, '
        '"clerk_id" INTEGER, '
        '"minutes" INTEGER NOT NULL, '
        '"mediation_case_id" INTEGER, '
        '"aid_application_id" INTEGER, '
        'FOREIGN KEY ("created_by_id") REFERENCES "user" ("id") ON DELETE SET NULL, '
        'FOREIGN KEY ("updated_by_id") REFERENCES "user" ("id") ON DELETE SET NULL, '
        'FOREIGN KEY ("person_id") REFERENCES "person" ("id"), '
        'FOREIGN KEY ("clerk_id") REFERENCES "user" ("id"), '
        'FOREIGN KEY ("mediation_case_id") REFERENCES "mediation_case" ("id"), '
        'FOREIGN KEY ("aid_application_id") REFERENCES "aid_application" ("id"))'
    ),
    'CREATE INDEX "consultation_created_by_id" ON "consultation" ("created_by_id")',
    'CREATE INDEX "consultation_updated_by_id" ON "consultation" ("updated_by_id")',
    'CREATE INDEX "consultation_deleted_at" ON "consultation" ("deleted_at")',
    'CREATE UNIQUE INDEX "consultation_number" ON "consultation" ("number")',
    'CREATE INDEX "consultation_received_at" ON "consultation" ("received_at")',
    'CREATE INDEX "consultation_person_id" ON "consultation" ("person_id")',
    'CREATE INDEX "consultation_clerk_id" ON "consultation" ("clerk_id")',
    'CREATE INDEX "consultation_mediation_case_id" ON "consultation" ("mediation_case_id")',
    'CREATE INDEX "consultation_aid_application_id" ON "consultation" ("aid_application_id")',
    (
        'CREATE TABLE "consultation_group" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"consultation_id" INTEGER NOT NULL, '
        '"group" VARCHAR(255) NOT NULL, '
        'FOREIGN KEY ("consultation_id") REFERENCES "consultation" ("id") ON DELETE CASCADE)'
    ),
    'CREATE INDEX "consultation_group_consultation_id" ON "consultation_group" ("consultation_id")',
    (
        'CREATE UNIQUE INDEX "consultation_group_consultation_id_group" '
        'ON "consultation_group" ("consultation_id", "group")'
    ),
    (
        'CREATE TABLE "dossier_item" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"case_id" INTEGER NOT NULL, '
        '"item" INTEGER NOT NULL, '
        '"present" INTEGER NOT NULL, '
        '"pages" INTEGER NOT NULL, '
        '"note" VARCHAR(255) NOT NULL, '
        'FOREIGN KEY ("case_id") REFERENCES "mediation_case" ("id") ON DELETE CASCADE)'
    ),
    'CREATE INDEX "dossier_item_case_id" ON "dossier_item" ("case_id")',
    'CREATE UNIQUE INDEX "dossier_item_case_id_item" ON "dossier_item" ("case_id", "item")',
    (
        'CREATE TABLE "follow_up" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"created_at" DATETIME NOT NULL, '
        '"created_by_id" INTEGER, '
        '"updated_at" DATETIME NOT NULL, '
        '"updated_by_id" INTEGER, '
        '"deleted_at" DATETIME, '
        '"mediation_case_id" INTEGER, '
        '"aid_application_id" INTEGER, '
        '"visited_on" DATE NOT NULL, '
        '"visitor" VARCHAR(255) NOT NULL, '
        '"method" VARCHAR(255) NOT NULL, '
        '"reached" INTEGER NOT NULL, '
        '"performance" TEXT NOT NULL, '
        '"satisfaction" VARCHAR(255) NOT NULL, '
        '"fee_charged" INTEGER, '
        '"notes" TEXT NOT NULL, '
        'FOREIGN KEY ("created_by_id") REFERENCES "user" ("id") ON DELETE SET NULL, '
        'FOREIGN KEY ("updated_by_id") REFERENCES "user" ("id") ON DELETE SET NULL, '
        'FOREIGN KEY ("mediation_case_id") REFERENCES "mediation_case" ("id"), '
        'FOREIGN KEY ("aid_application_id") REFERENCES "aid_application" ("id"))'
    ),
    'CREATE INDEX "follow_up_created_by_id" ON "follow_up" ("created_by_id")',
    'CREATE INDEX "follow_up_updated_by_id" ON "follow_up" ("updated_by_id")',
    'CREATE INDEX "follow_up_deleted_at" ON "follow_up" ("deleted_at")',
    'CREATE INDEX "follow_up_mediation_case_id" ON "follow_up" ("mediation_case_id")',
    'CREATE INDEX "follow_up_aid_application_id" ON "follow_up" ("aid_application_id")',
    'CREATE INDEX "follow_up_visited_on" ON "follow_up" ("visited_on")',
    (
        'CREATE TABLE "manual_figure" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"month" VARCHAR(255) NOT NULL, '
        '"key" VARCHAR(255) NOT NULL, '
        '"value" REAL NOT NULL, '
        '"updated_at" DATETIME NOT NULL, '
        '"username" VARCHAR(255) NOT NULL)'
    ),
    'CREATE UNIQUE INDEX "manual_figure_month_key" ON "manual_figure" ("month", "key")',
    (
        'CREATE TABLE "mediation_party" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"created_at" DATETIME NOT NULL, '
        '"created_by_id" INTEGER, '
        '"updated_at" DATETIME NOT NULL, '
        '"updated_by_id" INTEGER, '
        '"deleted_at" DATETIME, '
        '"case_id" INTEGER NOT NULL, '
        '"person_id" INTEGER NOT NULL, '
        '"role" VARCHAR(255) NOT NULL, '
        '"agent" VARCHAR(255) NOT NULL, '
        'FOREIGN KEY ("created_by_id") REFERENCES "user" ("id") ON DELETE SET NULL, '
        'FOREIGN KEY ("updated_by_id") REFERENCES "user" ("id") ON DELETE SET NULL, '
        'FOREIGN KEY ("case_id") REFERENCES "mediation_case" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("person_id") REFERENCES "person" ("id"))'
    ),
    'CREATE INDEX "mediation_party_created_by_id" ON "mediation_party" ("created_by_id")',
    'CREATE INDEX "mediation_party_updated_by_id" ON "mediation_party" ("updated_by_id")',
    'CREATE INDEX "mediation_party_deleted_at" ON "mediation_party" ("deleted_at")',
    'CREATE INDEX "mediation_party_case_id" ON "mediation_party" ("case_id")',
    'CREATE INDEX "mediation_party_person_id" ON "mediation_party" ("person_id")',
    (
        'CREATE TABLE "mediation_session" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"created_at" DATETIME NOT NULL, '
        '"created_by_id" INTEGER, '
        '"updated_at" DATETIME NOT NULL, '
        '"updated_by_id" INTEGER, '
        '"deleted_at" DATETIME, '
        '"case_id" INTEGER NOT NULL, '
        '"held_at" DATETIME NOT NULL, '
        '"place" VARCHAR(255) NOT NULL, '
        '"participants" TEXT NOT NULL, '
        '"record" TEXT NOT NULL, '
        '"recorder_id" INTEGER, '
        '"kind" VARCHAR(255) NOT NULL, '
        'FOREIGN KEY ("created_by_id") REFERENCES "user" ("id") ON DELETE SET NULL, '
        'FOREIGN KEY ("updated_by_id") REFERENCES "user" ("id") ON DELETE SET NULL, '
        'FOREIGN KEY ("case_id") REFERENCES "mediation_case" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("recorder_id") REFERENCES "staff" ("id"))'
    ),
    'CREATE INDEX "mediation_session_created_by_id" ON "mediation_session" ("created_by_id")',
    'CREATE INDEX "mediation_session_updated_by_id" ON "mediation_session" ("updated_by_id")',
    'CREATE INDEX "mediation_session_deleted_at" ON "mediation_session" ("deleted_at")',
    'CREATE INDEX "mediation_session_case_id" ON "mediation_session" ("case_id")',
    'CREATE INDEX "mediation_session_held_at" ON "mediation_session" ("held_at")',
    'CREATE INDEX "mediation_session_recorder_id" ON "mediation_session" ("recorder_id")',
    (
        'CREATE TABLE "publicity_photo" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"activity_id" INTEGER NOT NULL, '
        '"file_name" VARCHAR(255) NOT NULL, '
        '"caption" VARCHAR(255) NOT NULL, '
        '"added_at" DATETIME NOT NULL, '
        'FOREIGN KEY ("activity_id") REFERENCES "publicity_activity" ("id") ON DELETE CASCADE)'
    ),
    'CREATE INDEX "publicity_photo_activity_id" ON "publicity_photo" ("activity_id")',
    (
        'CREATE TABLE "setting" ('
        '"key" VARCHAR(255) NOT NULL PRIMARY KEY, '
        '"value" TEXT NOT NULL)'
    ),
    (
        'CREATE TABLE "submission" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"month" VARCHAR(255) NOT NULL, '
        '"generated_at" DATETIME NOT NULL, '
        '"username" VARCHAR(255) NOT NULL, '
        '"file_name" VARCHAR(255) NOT NULL, '
        '"sha256" VARCHAR(255) NOT NULL, '
        '"values" TEXT NOT NULL, '
        '"correction" INTEGER NOT NULL, '
        '"changed_since" INTEGER NOT NULL)'
    ),
    'CREATE INDEX "submission_month" ON "submission" ("month")',
    (
        'CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event '
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    ),
    (
        'CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event '
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    ),
)
