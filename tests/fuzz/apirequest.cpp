// The API service's HTTP (system service): a client's bytes read by the
// service's RequestReader (Boost.Beast's parser) as a connection reads them,
// request after request, a streamed body (load, import, cp) through its
// BodyDecoder. Input: one byte of settings (whether bodies stream, the size
// of the pieces the bytes arrive in), then the bytes. However the bytes are
// cut into pieces, the same requests come out: the stream is read whole and
// in pieces and the two readings must agree.
#include "fuzzsupport.h"
#include "api/httpmessages.h"

#include <algorithm>

using namespace porthole;
using namespace porthole::api;

namespace {

bool g_streamBodies = false;

bool streamedBody(const QByteArray &method, const QString &)
{
    return g_streamBodies && (method == "POST" || method == "PUT");
}

QByteArray describe(const HttpRequest &request)
{
    QList<QByteArray> headers;
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it)
        headers.append(it.key() + ": " + it.value());
    std::sort(headers.begin(), headers.end());
    request.queryFlag(QStringLiteral("all"));
    return request.method + ' ' + request.path.toUtf8() + " v" + request.apiVersion.toUtf8() + " ?"
           + request.query.toString(QUrl::FullyEncoded).toUtf8() + " [" + headers.join('|') + "] body " + request.body.toHex()
           + (request.keepAlive ? " keep-alive" : " close") + (request.bodyFollows ? " streamed" : "");
}

// What a connection reads from stream arriving in pieces of piece bytes.
QList<QByteArray> readConnection(const QByteArray &stream, qsizetype piece)
{
    QList<QByteArray> seen;
    RequestReader reader(&streamedBody);
    qsizetype offset = 0;
    auto next = [&] {
        const QByteArray bytes = stream.mid(offset, piece);
        offset += bytes.size();
        return bytes;
    };
    QByteArray input = next();
    for (int requests = 0; requests < 10000;) {
        const RequestReader::State state = reader.feed(std::exchange(input, QByteArray()));
        if (state == RequestReader::State::Bad) {
            seen.append("bad request");
            return seen;
        }
        if (state == RequestReader::State::NeedMore) {
            if (offset >= stream.size())
                return seen;
            input = next();
            continue;
        }
        ++requests;
        const HttpRequest request = reader.take();
        seen.append(describe(request));
        if (request.bodyFollows) { // the service reads it to its end, then closes the connection
            std::unique_ptr<BodyDecoder> decoder = reader.takeBodyDecoder();
            if (!decoder)
                fuzz::violated("a streamed body without its decoder");
            QByteArray body = decoder->feed(reader.takeLeftover());
            while (!decoder->isDone() && decoder->error().isEmpty() && offset < stream.size())
                body += decoder->feed(next());
            if (body.size() > stream.size())
                fuzz::violated("a streamed body longer than what was sent");
            seen.append("streamed body " + body.toHex() + (decoder->error().isEmpty() ? "" : " (bad)")
                        + (decoder->isDone() ? " done" : ""));
            return seen;
        }
    }
    return seen;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    g_streamBodies = (data[0] & 1) != 0;
    const qsizetype piece = 1 + (data[0] >> 1);
    const QByteArray stream = fuzz::bytes(data + 1, size - 1);
    const QList<QByteArray> whole = readConnection(stream, std::max<qsizetype>(stream.size(), 1));
    const QList<QByteArray> pieces = readConnection(stream, piece);
    if (whole != pieces)
        fuzz::violated("the requests depend on how the bytes arrive:",
                       QString::fromUtf8(whole.join('\n') + "\n---- in pieces of " + QByteArray::number(piece) + ":\n" + pieces.join('\n')));
    return 0;
}
