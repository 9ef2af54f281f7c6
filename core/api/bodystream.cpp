#include "api/bodystream.h"

#include <cstring>

namespace porthole::api {

BodyStream::BodyStream(std::unique_ptr<RawSocket> socket, std::unique_ptr<BodyDecoder> decoder, QByteArray buffered)
    : m_socket(std::move(socket)), m_decoder(std::move(decoder)), m_pending(std::move(buffered))
{
}

Result<qint64> BodyStream::read(char *buffer, qint64 size)
{
    while (m_at == m_pending.size()) {
        if (!m_decoder || m_decoder->isDone() || !m_socket)
            return 0;
        char incoming[64 * 1024];
        const qint64 n = m_socket->read(incoming, sizeof incoming, 30000);
        if (n == -2)
            return fail(QStringLiteral("the client sent nothing for 30 s in the middle of the request's body"));
        if (n <= 0)
            return fail(QStringLiteral("the client closed the connection in the middle of the request's body"));
        m_pending = m_decoder->feed(QByteArray(incoming, n));
        m_at = 0;
        if (!m_decoder->error().isEmpty())
            return fail(QStringLiteral("bad request body: %1").arg(m_decoder->error()));
    }
    const qint64 n = qMin<qint64>(size, m_pending.size() - m_at);
    std::memcpy(buffer, m_pending.constData() + m_at, size_t(n));
    m_at += n;
    return n;
}

void BodyStream::respond(const HttpResponse &response)
{
    if (m_socket)
        m_socket->write(serializeResponse(response, false));
}

} // namespace porthole::api
