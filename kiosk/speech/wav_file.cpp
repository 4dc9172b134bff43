#include "kiosk/speech/wav_file.hpp"

#include "rules/error.hpp"

#include <cstdint>
#include <cstring>
#include <fstream>
#include <iterator>

namespace openras::kiosk {
namespace {

void put(std::string& out, std::uint32_t value, int bytes) {
    for (int i = 0; i < bytes; ++i) out += char((value >> (8 * i)) & 0xFF);
}

std::uint32_t get(const std::string& in, std::size_t at, int bytes) {
    std::uint32_t value = 0;
    for (int i = 0; i < bytes; ++i) value |= std::uint32_t(std::uint8_t(in[at + std::size_t(i)])) << (8 * i);
    return value;
}

[[noreturn]] void bad(const std::string& path, const std::string& why, ErrorCode code = ErrorCode::Syntax) {
    throw OpenRasError(Error{code, why, SourceLocation{path, 0, 0, {}}});
}

}  // namespace

void write_wav(const std::string& path, const SpokenAudio& audio) {
    const std::uint32_t data = std::uint32_t(audio.samples.size() * 2);
    std::string out = "RIFF";
    put(out, 36 + data, 4);
    out += "WAVEfmt ";
    put(out, 16, 4);
    put(out, 1, 2);  // PCM
    put(out, 1, 2);  // mono
    put(out, std::uint32_t(audio.sample_rate), 4);
    put(out, std::uint32_t(audio.sample_rate) * 2, 4);
    put(out, 2, 2);
    put(out, 16, 2);
    out += "data";
    put(out, data, 4);
    for (short s : audio.samples) put(out, std::uint16_t(s), 2);
    std::ofstream file(path, std::ios::binary);
    file.write(out.data(), std::streamsize(out.size()));
    if (!file) bad(path, "the speech could not be written", ErrorCode::Io);
}

SpokenAudio read_wav(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) bad(path, "cannot be read", ErrorCode::Io);
    const std::string in((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    if (in.size() < 44 || in.compare(0, 4, "RIFF") != 0 || in.compare(8, 8, "WAVEfmt ") != 0 || in.compare(36, 4, "data") != 0)
        bad(path, "is not a WAV file as the tour writes them");
    if (get(in, 20, 2) != 1 || get(in, 22, 2) != 1 || get(in, 34, 2) != 16) bad(path, "is not 16-bit mono PCM");
    const std::uint32_t data = get(in, 40, 4);
    if (std::size_t(data) + 44 != in.size()) bad(path, "says it holds " + std::to_string(data) + " bytes of sound, but does not");
    SpokenAudio audio;
    audio.sample_rate = int(get(in, 24, 4));
    for (std::size_t at = 44; at + 1 < in.size(); at += 2) audio.samples.push_back(short(get(in, at, 2)));
    return audio;
}

}  // namespace openras::kiosk
