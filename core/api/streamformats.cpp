#include "api/streamformats.h"

#include <QJsonDocument>
#include <QtEndian>
#include <cstring>

namespace porthole::api {

Result<qint64> BodySource::read(char *buffer, qint64 size)
{
    const qint64 n = qMin(size, qint64(m_body.size()) - m_at);
    std::memcpy(buffer, m_body.constData() + m_at, size_t(n));
    m_at += n;
    return n;
}

QByteArray streamMessage(const QJsonObject &message)
{
    return QJsonDocument(message).toJson(QJsonDocument::Compact) + "\r\n";
}

QByteArray multiplexedFrame(int stream, const QByteArray &bytes)
{
    QByteArray frame(8, '\0');
    frame[0] = char(stream);
    qToBigEndian<quint32>(quint32(bytes.size()), frame.data() + 4);
    return frame + bytes;
}

} // namespace porthole::api
