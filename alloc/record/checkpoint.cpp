#include "alloc/record/checkpoint.hpp"

#include "alloc/io/file_output.hpp"

#include "alloc/io/file_input.hpp"
#include "rules/error.hpp"

#include <sodium.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sstream>
#include <unistd.h>

namespace openras {
namespace {

[[noreturn]] void refuse(ErrorCode code, const std::string& why, const std::string& file, int line = 0) {
    throw OpenRasError(Error{code, why, SourceLocation{file, line, 0, {}}});
}

void start_sodium() {
    if (sodium_init() < 0) refuse(ErrorCode::Io, "the cryptography library could not start", {});
}

template <std::size_t N>
bool from_hex(std::string_view hex, std::array<std::uint8_t, N>& out) {
    std::size_t written = 0;
    return hex.size() == 2 * N &&
           sodium_hex2bin(out.data(), N, hex.data(), hex.size(), nullptr, &written, nullptr) == 0 && written == N;
}

// The "name: value" lines after a first line naming the format; line numbers for messages.
std::vector<std::pair<std::string, std::string>> fields_of(const std::string& text, const std::string& format,
                                                           const std::string& source) {
    std::istringstream in(text);
    std::string line;
    if (!std::getline(in, line) || line != format) refuse(ErrorCode::StoreFormat, "does not start with \"" + format + "\"", source, 1);
    std::vector<std::pair<std::string, std::string>> fields;
    for (int number = 2; std::getline(in, line); ++number) {
        const std::size_t colon = line.find(": ");
        if (colon == std::string::npos) refuse(ErrorCode::StoreFormat, "is not a \"name: value\" line", source, number);
        fields.emplace_back(line.substr(0, colon), line.substr(colon + 2));
    }
    return fields;
}

std::string field(const std::vector<std::pair<std::string, std::string>>& fields, const std::string& name,
                  const std::string& source) {
    for (const auto& [key, value] : fields)
        if (key == name) return value;
    refuse(ErrorCode::StoreFormat, "has no \"" + name + ":\" line", source);
}

// The exact bytes the signature covers.
std::string signed_part(const Checkpoint& c) {
    return "openras-checkpoint-v1\nstore: " + c.store_id + "\nevent: " + std::to_string(c.event) +
           "\nchain-hash: " + chain_hash_hex(c.chain_hash) + "\nsigned-at: " + c.signed_at +
           "\npublic-key: " + public_key_hex(c.public_key) + "\n";
}

// Written whole under a name of its own, synced, then linked into place (link() never replaces
// a file, so a key is never overwritten) and its folder synced: a crash leaves no half key.
void write_new_file(const std::string& path, const std::string& text, mode_t mode) {
    if (::access(path.c_str(), F_OK) == 0) refuse(ErrorCode::Io, "already exists; a key is never overwritten", path);
    std::string temporary = path + ".partial-XXXXXX";
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0) refuse(ErrorCode::Io, std::strerror(errno), path);
    const bool written = ::fchmod(fd, mode) == 0 && ::write(fd, text.data(), text.size()) == ssize_t(text.size()) &&
                         ::fsync(fd) == 0;
    ::close(fd);
    if (!written) {
        ::unlink(temporary.c_str());
        refuse(ErrorCode::Io, "cannot be written", path);
    }
    const bool linked = ::link(temporary.c_str(), path.c_str()) == 0;
    const int why = errno;
    ::unlink(temporary.c_str());
    if (!linked) refuse(ErrorCode::Io, why == EEXIST ? "already exists; a key is never overwritten" : std::strerror(why), path);
    sync_folder_of(path);
}

}  // namespace

std::string public_key_hex(const PublicKey& key) { return to_hex(key.data(), key.size()); }

SigningKey generate_signing_key() {
    start_sodium();
    SigningKey key;
    crypto_sign_keypair(key.public_key.data(), key.secret.data());
    return key;
}

std::string signing_key_text(const SigningKey& key) {
    return "openras-signing-key-v1\npublic-key: " + public_key_hex(key.public_key) +
           "\nsecret-key: " + to_hex(key.secret.data(), key.secret.size()) + "\n";
}

std::string public_key_text(const PublicKey& key) {
    return "openras-public-key-v1\npublic-key: " + public_key_hex(key) + "\n";
}

void write_signing_key_files(const std::string& path, const SigningKey& key) {
    if (::access((path + ".pub").c_str(), F_OK) == 0) refuse(ErrorCode::Io, "already exists; a key is never overwritten", path + ".pub");
    write_new_file(path, signing_key_text(key), 0600);
    write_new_file(path + ".pub", public_key_text(key.public_key), 0644);
}

SigningKey read_signing_key(const std::string& path) {
    const auto fields = fields_of(read_whole_file(path), "openras-signing-key-v1", path);
    SigningKey key;
    if (!from_hex(field(fields, "secret-key", path), key.secret) || !from_hex(field(fields, "public-key", path), key.public_key))
        refuse(ErrorCode::StoreFormat, "holds a key that is not the right number of hex digits", path);
    PublicKey derived{};
    crypto_sign_ed25519_sk_to_pk(derived.data(), key.secret.data());
    if (derived != key.public_key) refuse(ErrorCode::StoreFormat, "holds a public key that does not belong to its secret key", path);
    return key;
}

PublicKey read_public_key(const std::string& hex_or_path) {
    PublicKey key{};
    if (from_hex(hex_or_path, key)) return key;
    const std::string text = read_whole_file(hex_or_path);
    const std::string format = text.substr(0, text.find('\n'));
    const auto fields = fields_of(text, format == "openras-signing-key-v1" ? format : "openras-public-key-v1", hex_or_path);
    if (!from_hex(field(fields, "public-key", hex_or_path), key))
        refuse(ErrorCode::StoreFormat, "holds a public key that is not 64 hex digits", hex_or_path);
    return key;
}

Checkpoint sign_checkpoint(const std::string& store_id, const StoreHead& head, const SigningKey& key,
                           const std::string& signed_at) {
    start_sodium();
    Checkpoint c{store_id, head.event, head.hash, signed_at, key.public_key, {}};
    const std::string message = signed_part(c);
    crypto_sign_detached(c.signature.data(), nullptr, reinterpret_cast<const unsigned char*>(message.data()),
                         message.size(), key.secret.data());
    return c;
}

std::string checkpoint_text(const Checkpoint& c) {
    return signed_part(c) + "signature: " + to_hex(c.signature.data(), c.signature.size()) + "\n";
}

Checkpoint parse_checkpoint(const std::string& text, const std::string& source) {
    const auto fields = fields_of(text, "openras-checkpoint-v1", source);
    Checkpoint c;
    c.store_id = field(fields, "store", source);
    const std::string event = field(fields, "event", source);
    if (event.empty() || event.find_first_not_of("0123456789") != std::string::npos)
        refuse(ErrorCode::StoreFormat, "names an event that is not a number", source);
    c.event = std::stoll(event);
    c.signed_at = field(fields, "signed-at", source);
    const std::optional<ChainHash> hash = chain_hash_from_hex(field(fields, "chain-hash", source));
    if (!hash || !from_hex(field(fields, "public-key", source), c.public_key) ||
        !from_hex(field(fields, "signature", source), c.signature))
        refuse(ErrorCode::StoreFormat, "holds a hash, key or signature that is not the right number of hex digits", source);
    c.chain_hash = *hash;
    return c;
}

std::vector<ChainProblem> check_checkpoint(const DecisionStore& store, const Checkpoint& c,
                                           const std::optional<PublicKey>& trusted) {
    start_sodium();
    std::vector<ChainProblem> problems;
    const std::string message = signed_part(c);
    if (crypto_sign_verify_detached(c.signature.data(), reinterpret_cast<const unsigned char*>(message.data()),
                                    message.size(), c.public_key.data()) != 0)
        return {{0, "the checkpoint's signature does not match its contents: the checkpoint file was altered", {}}};
    if (trusted && *trusted != c.public_key)
        problems.push_back({0, "the checkpoint was signed by another key than the one you trust",
                            {"signed by    " + public_key_hex(c.public_key), "trusted key  " + public_key_hex(*trusted)}});
    if (c.store_id != store.store_id())
        return {{0, "the checkpoint is for another decision record (store " + c.store_id + "), not this one (store " +
                        store.store_id() + ")", {}}};
    const std::optional<StoredEvent> signed_event = c.event == 0 ? std::nullopt : store.event(c.event);
    const ChainHash held = c.event == 0 ? genesis_hash(store.store_id()) : signed_event ? signed_event->chain_hash : ChainHash{};
    if (c.event > 0 && !signed_event)
        problems.push_back({c.event, "the checkpoint signed on " + c.signed_at + " saw event " + std::to_string(c.event) +
                                         ", which the record no longer holds: events were removed", {}});
    else if (held != c.chain_hash)
        problems.push_back({c.event, "the record was rewritten: event " + std::to_string(c.event) +
                                         " no longer has the chain hash signed on " + c.signed_at,
                            {"signed chain hash  " + chain_hash_hex(c.chain_hash), "stored chain hash  " + chain_hash_hex(held)}});
    return problems;
}

Signature sign_message(const SigningKey& key, std::string_view message) {
    start_sodium();
    Signature signature{};
    crypto_sign_detached(signature.data(), nullptr, reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                         key.secret.data());
    return signature;
}

bool signature_holds(const PublicKey& key, std::string_view message, const Signature& signature) {
    start_sodium();
    return crypto_sign_verify_detached(signature.data(), reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                                       key.data()) == 0;
}

}  // namespace openras
