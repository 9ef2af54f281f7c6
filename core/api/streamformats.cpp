#include "api/streamformats.h"

#include <QJsonDocument>
#include <QtEndian>
#include <cstring>

namespace porthole::api {

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
