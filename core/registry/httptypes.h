#pragma once
// Requests and responses of the registry client's HTTP engine.
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>
#include <memory>

namespace porthole {

class Sha256;

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest {
    QByteArray method = "GET";
    QUrl url;
    HttpHeaders headers; // Authorization among them: never sent on to another host
    QByteArray body;
    qint64 maxResponseSize = 16 << 20; // for bodies read whole
    // A streamed 2xx body is added to this hash on the network thread as it
    // arrives (spreading the work of a pull over more cores).
    std::shared_ptr<Sha256> bodyHash;
};

struct HttpResponse {
    int status = 0;
    QUrl url; // where it came from, after redirects
    HttpHeaders headers;
    QByteArray body; // read whole: everything but a streamed 2xx body

    QByteArray header(const QByteArray &name) const; // first value, name case-insensitive
    QList<QByteArray> headerValues(const QByteArray &name) const;
    bool isSuccess() const { return status >= 200 && status < 300; }
    bool isRedirect() const { return status == 301 || status == 302 || status == 303 || status == 307 || status == 308; }
};

// Go's way of naming a request in errors: Get "https://host/v2/".
QString describeRequest(const QByteArray &method, const QUrl &url);

} // namespace porthole
