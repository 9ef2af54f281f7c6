#include "registry/urlsource.h"

#include "registry/registryerrors.h"

namespace porthole {
namespace {

class UrlSource : public ByteSource {
public:
    UrlSource(std::unique_ptr<HttpBodyStream> stream, QString url) : m_stream(std::move(stream)), m_url(std::move(url)) {}
    Result<qint64> read(char *buffer, qint64 size) override { return m_stream->read(buffer, size); }
    QString name() const override { return m_url; }

private:
    std::unique_ptr<HttpBodyStream> m_stream;
    QString m_url;
};

} // namespace

Result<std::unique_ptr<ByteSource>> openUrl(RegistryContext &context, const QString &url, Progress &progress)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https"))
        || parsed.host().isEmpty())
        return fail(QStringLiteral("%1 is not an http or https URL").arg(url));
    HttpRequest request;
    request.url = parsed;
    auto stream = context.http().open(request, progress);
    if (!stream)
        return std::unexpected(stream.error());
    const HttpResponse &response = (*stream)->response();
    if (!response.isSuccess())
        return fail(describeRequest("GET", response.url) + QStringLiteral(": ") + httpStatusLine(response.status));
    return std::unique_ptr<ByteSource>(std::make_unique<UrlSource>(std::move(*stream), url));
}

} // namespace porthole
