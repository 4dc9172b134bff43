#pragma once
// Signed checkpoints: what catches a rewrite of the whole decision record.
//
// The hash chain proves that no event was changed after later ones were linked to it; it cannot
// prove that someone did not rebuild the whole file, chain and all. A checkpoint is the record's
// head (its store id, the last event and that event's chain hash) signed with an Ed25519 key
// (libsodium) and kept outside the record: a printed copy, another system, an auditor's folder.
// `audit verify --checkpoint FILE` then checks that the record still holds that event with that
// chain hash; since the chain ties every earlier event to it, none of them can have changed.
//
// Files, all plain text, hex in lower case:
//   signing key (keep it secret; made with `audit keygen`, mode 0600)
//       openras-signing-key-v1
//       public-key: <32 bytes>
//       secret-key: <64 bytes, libsodium's Ed25519 secret key: seed then public key>
//   public key (KEYFILE.pub, safe to publish)
//       openras-public-key-v1
//       public-key: <32 bytes>
//   checkpoint
//       openras-checkpoint-v1
//       store: <store id>
//       event: <the last event's id>
//       chain-hash: <its chain hash, 32 bytes>
//       signed-at: <UTC, ISO 8601>
//       public-key: <the signer's public key>
//       signature: <64 bytes: Ed25519 over the exact bytes of the six lines above, newlines included>
// The public key travels inside the checkpoint so that it can be checked on its own, but a
// checkpoint anyone could have signed proves nothing: give the key you trust with
// --public-key, and verification fails unless the checkpoint was signed by it.
#include "alloc/record/decision_store.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace openras {

using PublicKey = std::array<std::uint8_t, 32>;

struct SigningKey {
    std::array<std::uint8_t, 64> secret{};
    PublicKey public_key{};
};

struct Checkpoint {
    std::string store_id;
    EventId event = 0;
    ChainHash chain_hash{};
    std::string signed_at;
    PublicKey public_key{};
    std::array<std::uint8_t, 64> signature{};
};

SigningKey generate_signing_key();
std::string signing_key_text(const SigningKey& key);
std::string public_key_text(const PublicKey& key);
// Writes KEYFILE (mode 0600) and KEYFILE.pub; refuses to overwrite either. Throws OpenRasError(Io).
void write_signing_key_files(const std::string& path, const SigningKey& key);
SigningKey read_signing_key(const std::string& path);
// 64 hex digits, or a file holding a public key (or a signing key, whose public half is used).
PublicKey read_public_key(const std::string& hex_or_path);

Checkpoint sign_checkpoint(const std::string& store_id, const StoreHead& head, const SigningKey& key,
                           const std::string& signed_at);
std::string checkpoint_text(const Checkpoint& checkpoint);
// Throws OpenRasError naming the file and line when it is not a checkpoint at all.
Checkpoint parse_checkpoint(const std::string& text, const std::string& source);

// What is wrong with `store` as the checkpoint saw it: a bad signature, a key other than
// `trusted`, another record, events removed, or the record rewritten up to the signed event.
std::vector<ChainProblem> check_checkpoint(const DecisionStore& store, const Checkpoint& checkpoint,
                                           const std::optional<PublicKey>& trusted);

std::string public_key_hex(const PublicKey& key);

// Ed25519 over any bytes, with the same keys (a kiosk's outbox signs its entries with its own).
using Signature = std::array<std::uint8_t, 64>;
Signature sign_message(const SigningKey& key, std::string_view message);
bool signature_holds(const PublicKey& key, std::string_view message, const Signature& signature);

}  // namespace openras
