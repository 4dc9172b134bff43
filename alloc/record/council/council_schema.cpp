// THE DECISION RECORD ON A COUNCIL'S POSTGRESQL SERVER: STORAGE FORMAT
// ====================================================================
//
// One council, many sites: kiosks in libraries and surgeries, social workers at desks and the
// panel all record into one database on the council's PostgreSQL server (15 or later). Its
// events are the SQLite record's, column for column, with the same canonical bytes and the same
// hash chain (alloc/record/store_schema.cpp, "The hash chain"); what differs is who builds them.
// On SQLite, OpenRAS builds each event and anyone who can write the file could write anything.
// Here the server does: a person inserts a row naming only what happened (type, person, payload,
// and the event and rule set it refers to), and the server fills in the rest under a lock, with
// its own clock and the person's own login, and refuses what that login's role may not record.
// Grants and row-level security hold the line, not OpenRAS's code: a test connects as each role
// and tries, in plain SQL, everything it may not do.
//
// Schema `openras`
// ----------------
//   meta (key, value)            store_id (32 hex digits, random), head_event (the last id in
//                                decimal, "0" when empty), head_hash (its chain hash in hex, the
//                                genesis hash when empty), schema_version ("1"). The head row is
//                                locked (SELECT … FOR UPDATE) by every insert: appends from every
//                                site are one gapless chain, in the order the server takes them.
//   rule_sets (hash, text)       as on SQLite: each rule set any event used, by its identity.
//   rule_set_digests (hash, text_sha256)   the SHA-256 of the exact text, made by the server as
//                                the text is inserted; an event's field 10 is taken from here.
//   events (id, type, person, actor, role, recorded_at, refers_to, rule_set, payload,
//           chain_hash)          as on SQLite (chain_hash is bytea, 32 bytes). Filled in by the
//                                trigger events_chained, whatever the inserted row said:
//                                  id           head_event + 1
//                                  actor        the session's login (session_user)
//                                  role         the role of the login's group (a login in more
//                                               than one group must name which it acts in)
//                                  recorded_at  the server's clock, UTC, to the second
//                                  chain_hash   SHA-256(head_hash || canonical bytes), the bytes
//                                               built in the trigger's own expression, field by
//                                               field as store_schema.cpp says (written out,
//                                               not called: a function call a field cost the
//                                               server a third of an append)
//                                and refuses an event about a person not yet registered, a second
//                                registration, and a refers_to that is not an earlier event about
//                                the same person (23505, 23503, 23514).
//                                Index events_by_plan_reference finds a plan by its reference;
//                                events_registrations a person's registration (at most one).
//   uploads (entry, login, received_at)   one row for each entry of a kiosk's outbox (what it
//                                kept while it could not reach the server), inserted in the same
//                                transaction as that entry's events: an entry is recorded once,
//                                however often the kiosk tries (alloc/record/outbox.hpp).
//   may_append (role, type, group_role)    which event types each role may record: the rows
//                                of may_append() in alloc/record/roles.cpp, written here when the
//                                record is made, so the server and OpenRAS agree.
//
// Nothing in `events`, `rule_sets`, `rule_set_digests` or `uploads` is ever updated, deleted or truncated:
// no role is granted it, and triggers refuse it even to the tables' owner.
//
// Roles (cluster-wide group roles, NOLOGIN; each person logs in as their own member of one)
// ----------------------------------------------------------------------------------------
//   openras_service_user   INSERT events of a service user's types (a kiosk's login); reads
//                          only the events it recorded itself (policy events_own), the rule
//                          sets and meta (nothing about anyone), and asks
//                          openras.person_registered(person) rather than reading registrations.
//   openras_social_worker  INSERT events of a social worker's types; SELECT everything.
//   openras_panel_member   INSERT events of a panel member's types; SELECT everything.
//   openras_auditor        SELECT everything; inserts nothing.
// The three that insert may also INSERT a rule set's text before the first event that uses it,
// and call openras.lock_head(), which every append calls first: it locks the head row for the
// rest of the transaction, so OpenRAS's own checks (event_rules.cpp) read a record no other
// writer can change before the append commits, and returns the last id (an append that names
// the ids it will be given goes on only if that is still the last). The policy events_appended (row-level security, checked on the row
// as the trigger left it) requires that the actor is the session's login, that the login is a
// member of the group of the event's role, and that may_append has the role and type.
#include "alloc/record/council/council_schema.hpp"

#include "alloc/record/event_chain.hpp"

namespace openras {
namespace {

constexpr Role kWriters[] = {Role::ServiceUser, Role::SocialWorker, Role::PanelMember};

constexpr std::string_view kTables = R"sql(
CREATE SCHEMA openras;
CREATE TABLE openras.meta (
  key text PRIMARY KEY,
  value text NOT NULL
);
CREATE TABLE openras.rule_sets (
  hash text PRIMARY KEY CHECK (length(hash) = 71 AND left(hash, 7) = 'sha256:'),
  text text NOT NULL
);
CREATE TABLE openras.rule_set_digests (
  hash text PRIMARY KEY REFERENCES openras.rule_sets (hash),
  text_sha256 bytea NOT NULL CHECK (length(text_sha256) = 32)
);
CREATE TABLE openras.events (
  id bigint PRIMARY KEY,
  type text NOT NULL,
  person text NOT NULL,
  actor text NOT NULL,
  role text NOT NULL,
  recorded_at text NOT NULL,
  refers_to bigint,
  rule_set text,
  payload text NOT NULL CHECK (payload::json IS NOT NULL),
  chain_hash bytea NOT NULL CHECK (length(chain_hash) = 32)
);
CREATE INDEX events_by_person ON openras.events (person, id);
CREATE UNIQUE INDEX events_registrations ON openras.events (person) WHERE type = 'person-registered';
CREATE INDEX events_by_plan_reference ON openras.events (((payload::jsonb) ->> 'reference')) WHERE type = 'plan-submitted';
CREATE TABLE openras.uploads (
  entry text PRIMARY KEY CHECK (length(entry) BETWEEN 1 AND 100),
  login name NOT NULL DEFAULT session_user CHECK (login = session_user),
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE openras.may_append (
  role text NOT NULL,
  type text NOT NULL,
  group_role name NOT NULL,
  PRIMARY KEY (role, type)
);

CREATE FUNCTION openras.chain_event() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, openras AS $$
DECLARE
  head bigint;
  previous bytea;
  text_digest bytea;
  groups integer;
  target_person text;
  moving boolean := coalesce(current_setting('openras.moving_in', true), '') = 'on';
  stored bytea := NEW.chain_hash;
BEGIN
  SELECT value::bigint INTO head FROM openras.meta WHERE key = 'head_event' FOR UPDATE;
  SELECT decode(value, 'hex') INTO previous FROM openras.meta WHERE key = 'head_hash';
  IF moving THEN
    -- A record moved in from an SQLite file (openras record migrate): each event keeps its own
    -- id, actor, role and time, and must link to the one before exactly as it did there.
    IF NOT pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'openras.events'::regclass), 'MEMBER') THEN
      RAISE EXCEPTION 'only the record''s owner moves a record in' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.id IS DISTINCT FROM head + 1 THEN
      RAISE EXCEPTION 'event % does not follow event %', NEW.id, head USING ERRCODE = 'check_violation';
    END IF;
  ELSE
    NEW.id := head + 1;
    NEW.actor := session_user;
    IF NEW.role IS NULL THEN
      SELECT count(DISTINCT m.role), min(m.role) INTO groups, NEW.role FROM openras.may_append m
        WHERE pg_has_role(session_user, m.group_role, 'MEMBER');
      IF groups > 1 THEN
        RAISE EXCEPTION 'the login % acts in more than one role: name the role of this event', session_user
          USING ERRCODE = 'insufficient_privilege';
      END IF;
      NEW.role := coalesce(NEW.role, 'none');
    END IF;
    -- What every event must keep to whoever records it (OpenRAS checks more, event_rules.cpp):
    -- a person is registered once, before anything else about them, and an event refers only to
    -- an earlier event about the same person.
    IF NEW.type = 'person-registered' THEN
      IF EXISTS (SELECT FROM openras.events WHERE person = NEW.person AND type = 'person-registered') THEN
        RAISE EXCEPTION '% is already registered', NEW.person USING ERRCODE = 'unique_violation';
      END IF;
    ELSIF NOT EXISTS (SELECT FROM openras.events WHERE person = NEW.person AND type = 'person-registered') THEN
      RAISE EXCEPTION '% is not registered; register them first', NEW.person USING ERRCODE = 'foreign_key_violation';
    END IF;
    IF NEW.refers_to IS NOT NULL THEN
      SELECT person INTO target_person FROM openras.events WHERE id = NEW.refers_to;
      IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no event % in the record', NEW.refers_to USING ERRCODE = 'foreign_key_violation';
      END IF;
      IF target_person <> NEW.person THEN
        RAISE EXCEPTION 'event % is about someone else, not %', NEW.refers_to, NEW.person USING ERRCODE = 'check_violation';
      END IF;
    END IF;
    NEW.recorded_at := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
  END IF;
  IF NEW.rule_set IS NOT NULL THEN
    SELECT text_sha256 INTO text_digest FROM openras.rule_set_digests WHERE hash = NEW.rule_set;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'rule set % is not stored: insert its text first', NEW.rule_set USING ERRCODE = 'foreign_key_violation';
    END IF;
  END IF;
  NEW.chain_hash := sha256(previous || @CANONICAL_BYTES@);
  IF moving AND NEW.chain_hash IS DISTINCT FROM stored THEN
    RAISE EXCEPTION 'event % does not link to the event before it as its chain hash says', NEW.id USING ERRCODE = 'check_violation';
  END IF;
  -- For the inserting session to read back in the same round trip (council_record.cpp).
  PERFORM set_config('openras.appended', NEW.id::text, false);
  UPDATE openras.meta SET value = NEW.id::text WHERE key = 'head_event';
  UPDATE openras.meta SET value = encode(NEW.chain_hash, 'hex') WHERE key = 'head_hash';
  RETURN NEW;
END
$$;
CREATE TRIGGER events_chained BEFORE INSERT ON openras.events FOR EACH ROW EXECUTE FUNCTION openras.chain_event();

-- The head's lock, taken first by every append, so that what OpenRAS checks before an event is
-- still so when it is inserted; returns the last event's id.
CREATE FUNCTION openras.lock_head() RETURNS bigint LANGUAGE sql SECURITY DEFINER
SET search_path = pg_catalog, openras AS $$
  SELECT value::bigint FROM openras.meta WHERE key = 'head_event' FOR UPDATE
$$;

-- The head's lock for an append whose checks read the person's events with no lock held: it goes
-- on only if the person's last event is still `seen` (0: none), and otherwise is refused with
-- 40001 (serialization_failure), and OpenRAS checks again under the lock.
CREATE FUNCTION openras.lock_head_if_person_at(who text, seen bigint) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, openras AS $$
DECLARE
  head bigint;
BEGIN
  SELECT value::bigint INTO head FROM openras.meta WHERE key = 'head_event' FOR UPDATE;
  IF seen IS NOT NULL AND coalesce((SELECT max(id) FROM openras.events WHERE person = who), 0) <> seen THEN
    RAISE EXCEPTION '% has a new event since this one was checked', who USING ERRCODE = 'serialization_failure';
  END IF;
  RETURN head;
END
$$;

-- A person's last event id (0: none), which a kiosk may ask although it reads no one else's events.
CREATE FUNCTION openras.person_head(who text) RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, openras AS $$
  SELECT coalesce(max(id), 0) FROM openras.events WHERE person = who
$$;

-- Whether a person is registered, for a kiosk, which reads no one's events but its own.
CREATE FUNCTION openras.person_registered(who text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, openras AS $$
  SELECT EXISTS (SELECT FROM openras.events WHERE person = who AND type = 'person-registered')
$$;

CREATE FUNCTION openras.digest_rule_set() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, openras AS $$
BEGIN
  INSERT INTO openras.rule_set_digests (hash, text_sha256) VALUES (NEW.hash, sha256(convert_to(NEW.text, 'UTF8')));
  RETURN NEW;
END
$$;
CREATE TRIGGER rule_sets_digested AFTER INSERT ON openras.rule_sets FOR EACH ROW EXECUTE FUNCTION openras.digest_rule_set();

CREATE FUNCTION openras.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the decision record is append-only: % is never changed or deleted; record a correction', TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER events_never_change BEFORE UPDATE OR DELETE ON openras.events FOR EACH ROW EXECUTE FUNCTION openras.refuse_change();
CREATE TRIGGER events_never_emptied BEFORE TRUNCATE ON openras.events FOR EACH STATEMENT EXECUTE FUNCTION openras.refuse_change();
CREATE TRIGGER rule_sets_never_change BEFORE UPDATE OR DELETE ON openras.rule_sets FOR EACH ROW EXECUTE FUNCTION openras.refuse_change();
CREATE TRIGGER rule_sets_never_emptied BEFORE TRUNCATE ON openras.rule_sets FOR EACH STATEMENT EXECUTE FUNCTION openras.refuse_change();
CREATE TRIGGER digests_never_change BEFORE UPDATE OR DELETE ON openras.rule_set_digests FOR EACH ROW EXECUTE FUNCTION openras.refuse_change();
CREATE TRIGGER uploads_never_change BEFORE UPDATE OR DELETE ON openras.uploads FOR EACH ROW EXECUTE FUNCTION openras.refuse_change();
CREATE TRIGGER uploads_never_emptied BEFORE TRUNCATE ON openras.uploads FOR EACH STATEMENT EXECUTE FUNCTION openras.refuse_change();
CREATE TRIGGER digests_never_emptied BEFORE TRUNCATE ON openras.rule_set_digests FOR EACH STATEMENT EXECUTE FUNCTION openras.refuse_change();

INSERT INTO openras.meta (key, value) SELECT 'store_id', replace(gen_random_uuid()::text, '-', '');
INSERT INTO openras.meta (key, value) VALUES ('head_event', '0'), ('schema_version', '1');
INSERT INTO openras.meta (key, value)
  SELECT 'head_hash', encode(sha256(convert_to('openras-decision-record-v1' || E'\n' || value, 'UTF8')), 'hex')
  FROM openras.meta WHERE key = 'store_id';
)sql";

constexpr std::string_view kRoles = R"sql(
DO $$
DECLARE
  group_role text;
BEGIN
  FOREACH group_role IN ARRAY ARRAY['openras_service_user', 'openras_social_worker', 'openras_panel_member', 'openras_auditor'] LOOP
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = group_role) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN', group_role);
    END IF;
  END LOOP;
END
$$;

REVOKE ALL ON SCHEMA openras FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA openras FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA openras FROM PUBLIC;
GRANT USAGE ON SCHEMA openras TO openras_service_user, openras_social_worker, openras_panel_member, openras_auditor;
GRANT SELECT ON openras.meta, openras.rule_sets, openras.rule_set_digests, openras.events, openras.may_append
  TO openras_social_worker, openras_panel_member, openras_auditor;
GRANT INSERT ON openras.events, openras.rule_sets, openras.uploads TO openras_service_user, openras_social_worker, openras_panel_member;
GRANT SELECT ON openras.uploads TO openras_service_user, openras_social_worker, openras_panel_member, openras_auditor;
GRANT SELECT ON openras.meta, openras.rule_sets, openras.rule_set_digests, openras.events, openras.may_append
  TO openras_service_user;
GRANT EXECUTE ON FUNCTION openras.lock_head(), openras.lock_head_if_person_at(text, bigint), openras.person_head(text)
  TO openras_service_user, openras_social_worker, openras_panel_member;
GRANT EXECUTE ON FUNCTION openras.person_registered(text)
  TO openras_service_user, openras_social_worker, openras_panel_member, openras_auditor;

ALTER TABLE openras.events ENABLE ROW LEVEL SECURITY;
CREATE POLICY events_read ON openras.events FOR SELECT
  TO openras_social_worker, openras_panel_member, openras_auditor USING (true);
CREATE POLICY events_own ON openras.events FOR SELECT TO openras_service_user USING (actor = session_user);
CREATE POLICY events_appended ON openras.events FOR INSERT
  TO openras_service_user, openras_social_worker, openras_panel_member
  WITH CHECK (actor = session_user AND EXISTS (
    SELECT FROM openras.may_append m
    WHERE m.role = events.role AND m.type = events.type AND pg_has_role(session_user, m.group_role, 'MEMBER')));
)sql";

std::string quoted(std::string_view text) {
    std::string out = "'";
    for (const char c : text) out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
}

}  // namespace

std::string council_group_role(Role role) {
    std::string name = "openras_";
    for (const char c : role_name(role)) name += c == '-' ? '_' : c;
    return name;
}

namespace {

// The canonical bytes of NEW (store_schema.cpp, "The hash chain") as one SQL expression: each
// field its length in 4 bytes, big-endian, then its UTF-8 bytes; a NULL the length FF FF FF FF.
std::string canonical_bytes_sql() {
    const auto field = [](const std::string& bytes, bool may_be_null) {
        const std::string known = "int4send(octet_length(" + bytes + ")) || " + bytes;
        return may_be_null ? "CASE WHEN " + bytes + " IS NULL THEN '\\xffffffff'::bytea ELSE " + known + " END" : known;
    };
    const auto text = [](const std::string& value) { return "convert_to(" + value + ", 'UTF8')"; };
    std::string sql = field(text("'openras-event-v1'"), false);
    for (const char* column : {"NEW.id::text", "NEW.type", "NEW.person", "NEW.actor", "NEW.role", "NEW.recorded_at"})
        sql += "\n    || " + field(text(column), false);
    sql += "\n    || " + field(text("NEW.refers_to::text"), true);
    sql += "\n    || " + field(text("NEW.rule_set"), true);
    sql += "\n    || " + field("text_digest", true);
    sql += "\n    || " + field(text("NEW.payload"), false);
    return sql;
}

std::string with_canonical_bytes(std::string_view script) {
    std::string sql(script);
    const std::string mark = "@CANONICAL_BYTES@";
    sql.replace(sql.find(mark), mark.size(), canonical_bytes_sql());
    return sql;
}

}  // namespace

std::string council_schema_sql() {
    std::string sql = with_canonical_bytes(kTables);
    sql += kRoles;
    // Who may record what: OpenRAS's own table (roles.cpp), as rows the server's policy reads.
    sql += "INSERT INTO openras.may_append (role, type, group_role) VALUES\n";
    bool first = true;
    for (const Role role : kWriters)
        for (int t = 0; t < kEventTypeCount; ++t) {
            const auto type = EventType(t);
            if (!may_append(role, type)) continue;
            sql += first ? "  " : ",\n  ";
            sql += "(" + quoted(role_name(role)) + ", " + quoted(event_type_name(type)) + ", " + quoted(council_group_role(role)) + ")";
            first = false;
        }
    return sql + ";\n";
}

namespace {

// The body of a function as the schema script defines it, as pg_proc keeps it (prosrc).
std::string function_body(std::string_view function) {
    const std::string sql = with_canonical_bytes(kTables);
    const std::size_t defined = sql.find("CREATE FUNCTION openras." + std::string(function) + "(");
    const std::size_t open = sql.find("$$", defined), close = sql.find("$$", open + 2);
    return sql.substr(open + 2, close - open - 2);
}

}  // namespace

std::vector<CouncilGuard> council_guards() {
    std::vector<CouncilGuard> guards;
    const std::string trigger =
        "SELECT EXISTS (SELECT FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "WHERE c.relnamespace = 'openras'::regnamespace AND t.tgname = $1 AND t.tgenabled <> 'D')";
    for (const char* name : {"events_chained", "events_never_change", "events_never_emptied", "rule_sets_digested",
                             "rule_sets_never_change", "rule_sets_never_emptied", "digests_never_change", "digests_never_emptied",
                             "uploads_never_change", "uploads_never_emptied"})
        guards.push_back({name, trigger, "",
                          std::string("the server's trigger ") + name + " is gone or switched off: the record's guards were taken down"});
    guards.push_back({"events", "SELECT relrowsecurity FROM pg_class WHERE oid = ('openras.' || $1)::regclass", "",
                      "row-level security is off on openras.events: any login with a grant could write any row"});
    for (const char* name : {"events_appended", "events_read", "events_own"})
        guards.push_back({name, "SELECT EXISTS (SELECT FROM pg_policy WHERE polrelid = 'openras.events'::regclass AND polname = $1)", "",
                          std::string("the row-level security policy ") + name + " is gone"});
    for (const char* name : {"chain_event", "lock_head", "lock_head_if_person_at", "person_head", "person_registered",
                             "digest_rule_set", "refuse_change"})
        guards.push_back({name,
                          "SELECT coalesce(bool_and(prosrc = $2), false) FROM pg_proc "
                          "WHERE pronamespace = 'openras'::regnamespace AND proname = $1",
                          function_body(name),
                          std::string("the server's function openras.") + name + " is not the one OpenRAS made: it was replaced"});
    return guards;
}

void create_council_record(pqxx::connection& owner) {
    pqxx::work work(owner);
    work.exec(council_schema_sql());
    work.commit();
}

void add_council_login(pqxx::connection& owner, std::string_view login, Role role) {
    pqxx::work work(owner);
    work.exec("CREATE ROLE " + work.quote_name(std::string(login)) + " LOGIN IN ROLE " +
              work.quote_name(council_group_role(role)));
    work.commit();
}

}  // namespace openras
