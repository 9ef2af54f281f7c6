#pragma once
// The service's HTTP: requests read with Boost.Beast's parser (fed the
// bytes as they arrive, so one socket may carry many requests), responses
// written as Docker's daemon writes them.
#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QUrlQuery>
#include <memory>
#include <optional>

namespace porthole::api {

struct HttpRequest {
    QByteArray method;              // "GET"
    QString path;                   // "/containers/json", the /v1.NN prefix removed
    QString apiVersion;             // "1.41" when the path named one
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    bool keepAlive = true;
    bool bodyFollows = false; // a streamed body, not read yet: ApiCall::takeBody reads it

    QString queryValue(const QString &key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
    bool queryFlag(const QString &key) const; // "1", "true", "True"
};

struct HttpParser;

// The rest of a request's body (Content-Length or chunked) decoded from
// the bytes that follow its head, by the parser that read the head.
class BodyDecoder {
public:
    explicit BodyDecoder(std::unique_ptr<HttpParser> parser);
    ~BodyDecoder();
    // Takes bytes from the client; returns the body bytes they held.
    // Sets error() on malformed input.
    QByteArray feed(const QByteArray &bytes);
    bool isDone() const;
    QString error() const { return m_error; }

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    QByteArray m_buffer;
    QString m_error;
};

// Requests whose body may be large (an archive) are handed over with
// their head only (bodyFollows); every other body is read whole, up to 64 MB.
using StreamedBodyRule = bool (*)(const QByteArray &method, const QString &path);

// Reads requests from a byte stream.
class RequestReader {
public:
    explicit RequestReader(StreamedBodyRule streamedBody = nullptr);
    ~RequestReader();
    enum class State { NeedMore, Ready, Bad };
    // Takes bytes; Ready when a whole request is there (take() it, then call
    // feed({}) for one already buffered), Bad with error() for malformed input.
    State feed(const QByteArray &bytes);
    HttpRequest take();
    // Bytes read past the last request (a hijacked stream's first input).
    QByteArray takeLeftover();
    // The decoder of the body of the request just taken (bodyFollows).
    std::unique_ptr<BodyDecoder> takeBodyDecoder();
    QString error() const { return m_error; }

private:
    bool headerWantsStreaming();
    bool headArrived();
    StreamedBodyRule m_streamedBody;
    std::unique_ptr<HttpParser> m_parser;
    std::unique_ptr<HttpParser> m_bodyParser; // the parser of a request whose body follows
    QByteArray m_buffer;
    qsizetype m_headScanned = 0; // how much of m_buffer was searched for the head's end
    std::optional<HttpRequest> m_ready;
    QString m_error;
};

struct HttpResponse {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
};

HttpResponse jsonResponse(int status, const QJsonValue &value);
HttpResponse errorResponse(int status, const QString &message); // {"message":"…"}
HttpResponse emptyResponse(int status);                        // 204, 304: no body

// Status line, Docker's headers, Content-Length and the body.
QByteArray serializeResponse(const HttpResponse &response, bool keepAlive);
// The head of a response whose body follows in chunks (streams: logs,
// events, wait), and one chunk ("" ends the body).
QByteArray serializeChunkedHead(int status, const QByteArray &contentType);
QByteArray chunk(const QByteArray &data);

} // namespace porthole::api
