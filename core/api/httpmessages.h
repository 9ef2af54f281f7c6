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

    QString queryValue(const QString &key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
    bool queryFlag(const QString &key) const; // "1", "true", "True"
};

// Reads requests from a byte stream.
class RequestReader {
public:
    RequestReader();
    ~RequestReader();
    enum class State { NeedMore, Ready, Bad };
    // Takes bytes; Ready when a whole request is there (take() it, then call
    // feed({}) for one already buffered), Bad with error() for malformed input.
    State feed(const QByteArray &bytes);
    HttpRequest take();
    // Bytes read past the last request (a hijacked stream's first input).
    QByteArray takeLeftover();
    QString error() const { return m_error; }

private:
    struct Parser;
    std::unique_ptr<Parser> m_parser;
    QByteArray m_buffer;
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
