// THE DECISION RECORD: STORAGE FORMAT
// ===================================
//
// A decision record is one SQLite 3 database file holding everything that happened on the way
// to people's personal budgets: who was registered, what they answered, the indicative budget
// and its explanation, plans and plan checks, social workers' and panels' decisions with their
// reasons, final budgets, reviews, corrections and disputes. Nothing in it is ever changed or
// deleted: a mistake is put right by a later "correction" event that points at the original,
// and the original stays. This essay describes the file field by field; the SQL below is the
// exact text. docs/decision-record.md says the same for auditors.
//
// Identity of the file
// --------------------
// PRAGMA application_id = 0x4F524153 ("ORAS"); PRAGMA user_version = the schema version (4 in
// this build). A file with another application id is not a decision record and is never
// opened; a file with a higher version was written by a newer OpenRAS and is refused unchanged.
// The file is in WAL mode. Every connection sets synchronous = FULL (a commit is on disk when
// it returns) and a busy timeout; writers take the write lock up front with BEGIN IMMEDIATE and
// retry when another process holds it, so no caller ever sees "database is locked".
//
// Table `meta` (key TEXT PRIMARY KEY, value TEXT)
// -----------------------------------------------
//   store_id    32 lower-case hex digits, random, chosen when the record is created. It names
//               the record in checkpoints and seeds the hash chain (below), so a record cannot
//               be passed off as another.
//   head_event  the id of the last event, in decimal ("0" for an empty record).
//   head_hash   that event's chain hash in hex (the genesis hash for an empty record).
// The two head rows are the only values in the file that ever change: they are rewritten in the
// same transaction as every append. They repeat what the chain itself says, so a last event
// removed without also rewriting them is noticed. (A rewrite of everything, head included, is
// caught only by a signed checkpoint kept outside the file: see alloc/record/checkpoint.hpp.)
//
// Table `rule_sets` (hash TEXT PRIMARY KEY, text TEXT)
// ----------------------------------------------------
// Every rule set any event used, stored once, by its identity: "sha256:" + 64 hex digits of its
// canonical form (rules/canonical_hash.hpp). `text` is the exact TOML text that was loaded,
// comments included, so a replay years later needs no file on disk. A rule set is stored in the
// same transaction as the first event that uses it. `audit verify` reloads every stored text
// and checks that it still has its hash, that the exact bytes still have the SHA-256 the chain
// recorded (field 10 below), and that some event uses it.
//
// Table `rule_set_digests` (hash TEXT PRIMARY KEY, text_sha256 BLOB)           (schema 4 on)
// ---------------------------------------------------------------------------------------
// For each stored rule set, the SHA-256 (32 bytes) of its exact text as it was stored: the value
// the chain takes as field 10 of every event that uses it, written in the same transaction as
// the text. Appends and `audit verify` link events with this recorded digest, not with one
// worked out afresh from the text, so a stored text edited afterwards is named once, as an
// edited or replaced rule set, instead of as a change to every event that used it. (Records
// from schema 3 and before gain the table when a writer first opens them, filled from the
// texts as they are then.)
//
// Table `events`
// --------------
//   id           INTEGER PRIMARY KEY: 1, 2, 3 ... in the order of appending, with no gaps.
//   type         what happened, e.g. "indicative-budget-computed" (alloc/record/event_types.hpp).
//   person       the person's reference, e.g. "P-0001".
//   actor        who did it, as they gave their name.
//   role         "service-user", "social-worker", "panel-member" (an auditor appends nothing).
//   recorded_at  when it was recorded, UTC, ISO 8601 to the second: "2026-05-01T09:30:00Z".
//   refers_to    NULL, or the id of an earlier event of the same person that this one is about
//                (the assessment a budget was worked out from, the plan a decision is about,
//                the event a correction corrects).
//   rule_set     NULL, or the hash of the stored rule set that produced this event's figures.
//   payload      the event's content as canonical JSON (below); its fields depend on `type`
//                and are listed in alloc/record/event_types.hpp.
//   chain_hash   32 bytes: this event's link in the hash chain.
//
// Canonical JSON
// --------------
// A payload is an nlohmann::json object written by dump() with its defaults: object keys sorted
// by their UTF-8 bytes, no whitespace, strings as UTF-8 (only `"`, `\` and control characters
// escaped), integers in decimal. Binary floating point is refused, so money is whole pence.
// Writing the same content twice gives the same bytes, which is what lets `audit replay`
// compare a recomputed budget with the stored one byte for byte.
//
// The hash chain
// --------------
// The canonical bytes of an event are eleven fields, each written as a 4-byte big-endian length
// followed by that many bytes; a NULL field is written as the length FF FF FF FF and no bytes:
//    1  the format tag "openras-event-v1"
//    2  id, in decimal ASCII
//    3  type   4  person   5  actor   6  role   7  recorded_at     (as stored, UTF-8)
//    8  refers_to in decimal ASCII, or NULL
//    9  rule_set ("sha256:..."), or NULL
//   10  the SHA-256 of the exact stored text of that rule set (32 bytes), or NULL
//   11  payload
// chain_hash(n) = SHA-256(chain_hash(n - 1) || canonical bytes of event n), and the chain starts
// from chain_hash(0) = SHA-256("openras-decision-record-v1\n" || store_id). So changing any
// byte of any event, of a stored rule set's text, or of the store id, deleting, inserting or
// swapping events, all break the chain at a place `audit verify` names. Field 10 makes even a
// change to a comment in a stored rule set visible, although comments do not change its hash.
//
// Schema history (each step is applied in order by the first writer to open an older record;
// an auditor reads older records as they are, because no step has changed a column yet)
// ----------------------------------------------------------------------------------------
//   1  the tables above.
//   2  triggers that refuse UPDATE and DELETE on `events` and `rule_sets`, so a mistaken SQL
//      statement cannot change the past (a deliberate one could drop them; the chain and
//      `audit verify`, which also compares the schema with the one below, still catch it).
//   3  an index on events(person, id), so one person's timeline and export stay quick in a
//      record of millions of events.
//   4  the table rule_set_digests, with triggers that refuse UPDATE and DELETE on it; the
//      migration fills it with the SHA-256 of every text already stored.
#include "alloc/record/store_schema.hpp"

#include <map>

namespace openras {
namespace {

constexpr std::string_view kVersion1 = R"sql(
CREATE TABLE meta (
  key TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
);
CREATE TABLE rule_sets (
  hash TEXT PRIMARY KEY NOT NULL CHECK (length(hash) = 71 AND substr(hash, 1, 7) = 'sha256:'),
  text TEXT NOT NULL
);
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  person TEXT NOT NULL,
  actor TEXT NOT NULL,
  role TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  refers_to INTEGER,
  rule_set TEXT,
  payload TEXT NOT NULL,
  chain_hash BLOB NOT NULL CHECK (length(chain_hash) = 32)
);
)sql";

constexpr std::string_view kVersion2 = R"sql(
CREATE TRIGGER events_never_change BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'the decision record is append-only: an event is never changed; record a correction'); END;
CREATE TRIGGER events_never_deleted BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'the decision record is append-only: an event is never deleted; record a correction'); END;
CREATE TRIGGER rule_sets_never_change BEFORE UPDATE ON rule_sets
BEGIN SELECT RAISE(ABORT, 'the decision record is append-only: a stored rule set is never changed'); END;
CREATE TRIGGER rule_sets_never_deleted BEFORE DELETE ON rule_sets
BEGIN SELECT RAISE(ABORT, 'the decision record is append-only: a stored rule set is never deleted'); END;
)sql";

constexpr std::string_view kVersion3 = R"sql(
CREATE INDEX events_by_person ON events (person, id);
)sql";

constexpr std::string_view kVersion4 = R"sql(
CREATE TABLE rule_set_digests (
  hash TEXT PRIMARY KEY NOT NULL,
  text_sha256 BLOB NOT NULL CHECK (length(text_sha256) = 32)
);
CREATE TRIGGER rule_set_digests_never_change BEFORE UPDATE ON rule_set_digests
BEGIN SELECT RAISE(ABORT, 'the decision record is append-only: a stored rule set is never changed'); END;
CREATE TRIGGER rule_set_digests_never_deleted BEFORE DELETE ON rule_set_digests
BEGIN SELECT RAISE(ABORT, 'the decision record is append-only: a stored rule set is never deleted'); END;
)sql";

// Splits a step into its statements, each as SQLite stores it in sqlite_schema (without the
// final semicolon). Statements end with ";" at the end of a line; trigger bodies hold ";" only
// inside "END;" lines, which close them.
std::vector<std::string> statements_of(std::string_view sql) {
    std::vector<std::string> out;
    std::string current;
    std::size_t start = 0;
    while (start < sql.size()) {
        std::size_t end = sql.find('\n', start);
        if (end == std::string_view::npos) end = sql.size();
        const std::string line(sql.substr(start, end - start));
        start = end + 1;
        if (line.empty() && current.empty()) continue;
        current += current.empty() ? line : "\n" + line;
        if (!line.empty() && line.back() == ';' && (current.find("CREATE TRIGGER") != 0 || line.find("END;") != std::string::npos)) {
            current.pop_back();
            out.push_back(current);
            current.clear();
        }
    }
    return out;
}

std::string name_of(const std::string& statement) {
    // "CREATE TABLE meta (", "CREATE TRIGGER events_never_change BEFORE", "CREATE INDEX x ON"
    std::size_t at = statement.find(' ', statement.find(' ') + 1) + 1;
    return statement.substr(at, statement.find_first_of(" (\n", at) - at);
}

}  // namespace

const std::vector<SchemaStep>& schema_steps() {
    static const std::vector<SchemaStep> steps = {
        {1, "the meta, rule_sets and events tables", kVersion1},
        {2, "triggers that refuse UPDATE and DELETE of events and stored rule sets", kVersion2},
        {3, "an index of events by person", kVersion3},
        {4, "the SHA-256 of each stored rule set's text, as its events recorded it", kVersion4},
    };
    return steps;
}

std::vector<std::pair<std::string, std::string>> expected_schema(int version) {
    std::map<std::string, std::string> by_name;
    for (const SchemaStep& step : schema_steps()) {
        if (step.to > version) break;
        for (std::string& statement : statements_of(step.sql)) {
            std::string name = name_of(statement);
            by_name[name] = std::move(statement);
        }
    }
    return {by_name.begin(), by_name.end()};
}

}  // namespace openras
