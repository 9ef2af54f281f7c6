#pragma once
// What the harnesses share: the fuzzer's bytes as Qt strings, a ByteSource
// over memory, and a QCoreApplication (some engine code asks for one).
#include "base/bytesource.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The input cut at the first NUL: (before, after). Harnesses with two inputs
// (a template and its data) take them this way.
inline std::pair<QByteArray, QByteArray> splitAtNul(const QByteArray &input)
{
    const qsizetype nul = input.indexOf('\0');
    if (nul < 0)
        return {input, {}};
    return {input.left(nul), input.mid(nul + 1)};
}

// Reads the input in odd-sized pieces so readers see short reads too.
class MemorySource : public porthole::ByteSource {
public:
    explicit MemorySource(QByteArray data) : m_data(std::move(data)) {}
    porthole::Result<qint64> read(char *buffer, qint64 size) override
    {
        const qint64 n = std::min<qint64>({size, m_data.size() - m_offset, 4093});
        std::memcpy(buffer, m_data.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }
    QString name() const override { return QStringLiteral("fuzz-input"); }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "porthole-fuzz";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv);
}

// A property the engine promises was broken: report and abort (a finding).
[[noreturn]] inline void violated(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "PROPERTY VIOLATED: %s %s\n", what, detail.toLocal8Bit().constData());
    std::abort();
}

} // namespace fuzz
