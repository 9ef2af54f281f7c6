#include "base/hierarchytop.h"

#include <QFile>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace porthole {

bool markHierarchyTop(const QString &directory)
{
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return false;
    // The flags word is an int for every file system that has these ioctls.
    int flags = 0;
    bool marked = false;
    if (::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0) {
        marked = (flags & FS_TOPDIR_FL) != 0;
        if (!marked) {
            flags |= FS_TOPDIR_FL;
            marked = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
        }
    }
    ::close(fd);
    return marked;
}

} // namespace porthole
