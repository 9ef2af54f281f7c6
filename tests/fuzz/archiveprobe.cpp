// The archive probe: what the window shows for a file dropped on it (a root
// filesystem tar, a docker-archive or an OCI layout; any compression) before
// anything is imported.
#include "fuzzsupport.h"
#include "base/progress.h"
#include "images/archiveprobe.h"

#include <QFile>
#include <unistd.h>

using namespace porthole;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path = QStringLiteral("/tmp/porthole-fuzz-probe-%1.tar").arg(getpid());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        abort();
    file.close();
    Progress progress;
    auto preview = probeArchive(path, progress, 64);
    if (preview && preview->files.size() > 64)
        fuzz::violated("the probe listed more files than asked");
    return 0;
}
