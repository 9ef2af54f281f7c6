// Go templates as `--format` takes them: parsed and run over JSON data.
// Input: the template, then NUL and the data as JSON (a container's
// inspect-like object when the data is missing or not JSON).
#include "fuzzsupport.h"
#include "cli/gotemplate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace porthole;

namespace {

QJsonValue fallbackData()
{
    static const QJsonValue data = QJsonDocument::fromJson(R"({
        "ID": "3f4e8c2a9b1d", "Names": ["web"], "Image": "busybox:latest", "Status": "Up 2 minutes",
        "Labels": {"com.example.team": "infra", "version": "1.2"}, "Ports": [], "Size": 12345,
        "Config": {"Env": ["PATH=/usr/bin", "HOME=/root"], "Cmd": ["sh", "-c", "echo hi"], "Tty": false},
        "State": {"Running": true, "Pid": 4242, "ExitCode": 0},
        "NetworkSettings": {"Networks": {"bridge": {"IPAddress": "10.88.0.5"}}}
    })").object();
    return data;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto [templateText, json] = fuzz::splitAtNul(fuzz::bytes(data, size));
    QJsonValue value = fallbackData();
    if (!json.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        if (error.error == QJsonParseError::NoError)
            value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
    auto rendered = renderTemplate(QString::fromUtf8(templateText), value);
    if (rendered && rendered->size() > (64 << 20))
        fuzz::violated("a template rendered more than 64 MB");
    goFormat(value);
    return 0;
}
