#pragma once
// A request's body read as it arrives on the taken-over socket (load,
// import, archive PUT: archives of any size, never whole in memory), and
// the one response written after it.
#include "api/httpmessages.h"
#include "api/rawsocket.h"
#include "base/bytesource.h"

#include <memory>

namespace porthole::api {

class BodyStream : public ByteSource {
public:
    // decoder: the body still to come; null when the reader had it whole (buffered).
    BodyStream(std::unique_ptr<RawSocket> socket, std::unique_ptr<BodyDecoder> decoder, QByteArray buffered);
    Result<qint64> read(char *buffer, qint64 size) override;
    QString name() const override { return QStringLiteral("-"); }
    // The response, the connection closing after it (what is left of the body unread).
    void respond(const HttpResponse &response);
    RawSocket *socket() { return m_socket.get(); }

private:
    std::unique_ptr<RawSocket> m_socket;
    std::unique_ptr<BodyDecoder> m_decoder;
    QByteArray m_pending;
    qsizetype m_at = 0;
};

} // namespace porthole::api
