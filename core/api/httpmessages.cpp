#include "api/httpmessages.h"


#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
// Boost 1.74's Beast asserts 5 bytes in parse_chunk_header where 3 are valid
// (the final chunk's "0\r\n" when its end comes in another piece), so a
// client's chunked body could abort a build with assertions (Debug, the
// sanitizer build; found by the apirequest fuzzer). The code after that
// assert is right (boostorg/beast#2861 fixed the assert in a later Boost):
// Boost's asserts are left out of this file, the only one that includes Boost.
#define BOOST_DISABLE_ASSERTS
#include <boost/beast/http.hpp>
#include <algorithm>
#include <limits>

namespace http = boost::beast::http;

namespace porthole::api {

constexpr qint64 kBufferedBodyLimit = 64ll * 1024 * 1024; // JSON bodies; archives stream
constexpr qsizetype kHeaderLimit = 64 * 1024;                // Docker's clients send a few hundred bytes

struct HttpParser {
    http::request_parser<http::string_body> parser;
    bool headerChecked = false;
    HttpParser()
    {
        parser.eager(false);            // the head alone first: its route says whether the body streams
        parser.header_limit(kHeaderLimit);
        // kBufferedBodyLimit is checked by the reader, streamed bodies have none (not boost::none:
        // Boost 1.74 compares a Content-Length with it as an optional, and any length exceeds "none").
        parser.body_limit(std::numeric_limits<std::uint64_t>::max());
    }
};

RequestReader::RequestReader(StreamedBodyRule streamedBody) : m_streamedBody(streamedBody), m_parser(std::make_unique<HttpParser>()) {}
RequestReader::~RequestReader() = default;

// The body into a buffer of ours, piece by piece: never the whole of it in memory.
struct BodyDecoder::Impl {
    http::request_parser<http::buffer_body> parser;
    explicit Impl(http::request_parser<http::string_body> &&headParsed) : parser(std::move(headParsed)) {}
};

BodyDecoder::BodyDecoder(std::unique_ptr<HttpParser> parser) : m_impl(std::make_unique<Impl>(std::move(parser->parser))) {}
BodyDecoder::~BodyDecoder() = default;

bool BodyDecoder::isDone() const
{
    return m_impl->parser.is_done();
}

QByteArray BodyDecoder::feed(const QByteArray &bytes)
{
    m_buffer.append(bytes);
    QByteArray decoded;
    char piece[64 * 1024];
    while (m_error.isEmpty() && !m_buffer.isEmpty() && !m_impl->parser.is_done()) {
        auto &body = m_impl->parser.get().body();
        body.data = piece;
        body.size = sizeof piece;
        boost::system::error_code ec;
        const size_t used = m_impl->parser.put(boost::asio::buffer(m_buffer.constData(), size_t(m_buffer.size())), ec);
        m_buffer.remove(0, qsizetype(used));
        const qsizetype written = qsizetype(sizeof piece - body.size);
        decoded.append(piece, written);
        if (ec == http::error::need_buffer)
            continue; // our piece was full
        if (ec == http::error::need_more || (!ec && used == 0 && written == 0))
            break;
        if (ec)
            m_error = QString::fromStdString(ec.message());
    }
    return decoded;
}

bool HttpRequest::queryFlag(const QString &key) const
{
    const QString value = queryValue(key).toLower();
    return value == QLatin1String("1") || value == QLatin1String("true");
}

namespace {

HttpRequest toRequest(http::request<http::string_body> &&message)
{
    HttpRequest request;
    request.method = QByteArray(message.method_string().data(), qsizetype(message.method_string().size()));
    const QString target = QString::fromUtf8(message.target().data(), qsizetype(message.target().size()));
    const qsizetype question = target.indexOf(QLatin1Char('?'));
    QString path = question < 0 ? target : target.left(question);
    if (question >= 0)
        request.query = QUrlQuery(target.mid(question + 1).replace(QLatin1Char('+'), QStringLiteral("%20"))); // a form's "+" is a space, as Go reads it
    static const QRegularExpression versioned(QStringLiteral("^/v(\\d+\\.\\d+)(/.*)$"));
    if (const auto match = versioned.match(path); match.hasMatch()) {
        request.apiVersion = match.captured(1);
        path = match.captured(2);
    }
    request.path = QUrl::fromPercentEncoding(path.toUtf8());
    for (const auto &field : message)
        request.headers.insert(QByteArray(field.name_string().data(), qsizetype(field.name_string().size())).toLower(),
                               QByteArray(field.value().data(), qsizetype(field.value().size())));
    request.body = QByteArray(message.body().data(), qsizetype(message.body().size()));
    request.keepAlive = message.keep_alive();
    return request;
}

} // namespace

RequestReader::State RequestReader::feed(const QByteArray &bytes)
{
    if (!m_error.isEmpty())
        return State::Bad;
    if (m_ready)
        return State::Ready;
    m_buffer.append(bytes);
    while (!m_parser->parser.is_done()) {
        if (m_parser->parser.is_header_done() && !m_parser->headerChecked) {
            m_parser->headerChecked = true;
            if (headerWantsStreaming())
                break;
            const auto length = m_parser->parser.content_length();
            if (length && qint64(*length) > kBufferedBodyLimit) {
                m_error = QStringLiteral("body limit exceeded");
                return State::Bad;
            }
        }
        if (qint64(m_parser->parser.get().body().size()) > kBufferedBodyLimit) {
            m_error = QStringLiteral("body limit exceeded");
            return State::Bad;
        }
        if (m_buffer.isEmpty() || (!m_parser->parser.is_header_done() && !headArrived()))
            return State::NeedMore;
        const bool headGiven = !m_parser->parser.is_header_done(); // the head is whole in m_buffer
        boost::system::error_code ec;
        const size_t used = m_parser->parser.put(boost::asio::buffer(m_buffer.constData(), size_t(m_buffer.size())), ec);
        m_buffer.remove(0, qsizetype(used));
        if (used > 0)
            m_headScanned = 0;
        // Given a whole head, Beast still asks for more when its request line
        // is malformed near the end (it wants 8 bytes for "HTTP/1.1" before
        // looking at them): then it would wait for a next blank line forever.
        if (headGiven && !m_parser->parser.is_header_done() && (ec == http::error::need_more || !ec)) {
            m_error = QStringLiteral("malformed request head");
            return State::Bad;
        }
        if (ec == http::error::need_more || (!ec && used == 0)) {
            if (used == 0)
                return State::NeedMore;
            continue;
        }
        if (ec) {
            m_error = QString::fromStdString(ec.message());
            return State::Bad;
        }
    }
    if (!m_parser->parser.is_done()) { // the head of a streamed body: its parser goes on with the body
        http::request<http::string_body> head = m_parser->parser.get(); // a copy: the parser keeps its message
        m_ready = toRequest(std::move(head));
        m_ready->bodyFollows = true;
        m_bodyParser = std::exchange(m_parser, std::make_unique<HttpParser>());
        return State::Ready;
    }
    m_ready = toRequest(m_parser->parser.release());
    m_parser = std::make_unique<HttpParser>();
    return State::Ready;
}

// Beast reads a head it is given whole at once, but one given in pieces only
// from when its end is there: a malformed line was refused at once in the
// first case and waited on in the second (found by the apirequest fuzzer).
// The head goes to the parser whole, with its blank line, or at the limit.
bool RequestReader::headArrived()
{
    const bool arrived = m_buffer.indexOf("\r\n\r\n", std::max<qsizetype>(0, m_headScanned - 3)) >= 0;
    m_headScanned = m_buffer.size();
    return arrived || m_buffer.size() >= kHeaderLimit;
}

bool RequestReader::headerWantsStreaming()
{
    if (!m_streamedBody)
        return false;
    const auto &message = m_parser->parser.get();
    const QByteArray method(message.method_string().data(), qsizetype(message.method_string().size()));
    QString path = QString::fromUtf8(message.target().data(), qsizetype(message.target().size())).section(QLatin1Char('?'), 0, 0);
    static const QRegularExpression versioned(QStringLiteral("^/v\\d+\\.\\d+(/.*)$"));
    if (const auto match = versioned.match(path); match.hasMatch())
        path = match.captured(1);
    return m_streamedBody(method, QUrl::fromPercentEncoding(path.toUtf8()));
}

std::unique_ptr<BodyDecoder> RequestReader::takeBodyDecoder()
{
    if (!m_bodyParser)
        return nullptr;
    return std::make_unique<BodyDecoder>(std::move(m_bodyParser));
}

HttpRequest RequestReader::take()
{
    HttpRequest request = std::move(*m_ready);
    m_ready.reset();
    return request;
}

QByteArray RequestReader::takeLeftover()
{
    return std::exchange(m_buffer, QByteArray());
}

HttpResponse jsonResponse(int status, const QJsonValue &value)
{
    HttpResponse response;
    response.status = status;
    response.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                    : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    response.body.append('\n');
    return response;
}

HttpResponse errorResponse(int status, const QString &message)
{
    return jsonResponse(status, QJsonObject{{QStringLiteral("message"), message}});
}

HttpResponse emptyResponse(int status)
{
    HttpResponse response;
    response.status = status;
    response.contentType.clear();
    return response;
}

namespace {

QByteArray statusLine(int status)
{
    const auto reason = http::obsolete_reason(http::int_to_status(unsigned(status)));
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + QByteArray(reason.data(), qsizetype(reason.size())) + "\r\n";
}

QByteArray daemonHeaders()
{
    return "Api-Version: 1.41\r\nDocker-Experimental: false\r\nOstype: linux\r\nServer: Porthole/" PORTHOLE_VERSION " (linux)\r\n";
}

} // namespace

QByteArray serializeResponse(const HttpResponse &response, bool keepAlive)
{
    QByteArray out = statusLine(response.status) + daemonHeaders();
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    if (response.status != 204 && response.status != 304)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    return out + (response.status == 204 || response.status == 304 ? QByteArray() : response.body);
}

QByteArray serializeChunkedHead(int status, const QByteArray &contentType)
{
    return statusLine(status) + daemonHeaders() + "Content-Type: " + contentType + "\r\nTransfer-Encoding: chunked\r\n\r\n";
}

QByteArray chunk(const QByteArray &data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

} // namespace porthole::api
