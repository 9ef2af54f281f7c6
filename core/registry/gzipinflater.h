#pragma once
// Streaming gzip decompression for layer blobs: Intel ISA-L's inflate when
// the build found it (about three times zlib's speed, which decides how
// fast a pull extracts), zlib's otherwise. Members follow each other as
// gzip allows (pigz, concatenated streams).
#include "base/error.h"

#include <memory>

namespace porthole {

class GzipInflater {
public:
    GzipInflater();
    ~GzipInflater();
    GzipInflater(const GzipInflater &) = delete;
    GzipInflater &operator=(const GzipInflater &) = delete;

    struct Step {
        qint64 consumed = 0; // input bytes used
        qint64 produced = 0; // output bytes written
    };
    // Inflates from in into out as far as either allows.
    Result<Step> inflate(const char *in, qint64 inSize, char *out, qint64 outSize);
    // Whether the input so far ends on a member boundary (a complete stream).
    bool atMemberEnd() const { return m_atMemberEnd; }

    static bool isGzip(const char *data, qint64 size) { return size >= 2 && quint8(data[0]) == 0x1f && quint8(data[1]) == 0x8b; }
    static const char *implementation(); // "isa-l" or "zlib"

private:
    struct State;
    std::unique_ptr<State> m_state;
    bool m_atMemberEnd = false;
};

} // namespace porthole
