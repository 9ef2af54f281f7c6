#pragma once
// Writes the entries of a layer tar into the layer's directory through
// descriptors the kernel resolved inside it (LayerDirs: openat2 with
// RESOLVE_IN_ROOT), so no link in the archive can lead a write outside the
// layer whatever the checks above it do. Files, directories, symbolic and
// hard links, device nodes and fifos, with owners, modes, extended
// attributes and times as the tar gives them; a device node the kernel
// refuses to an unprivileged user is skipped, as Podman does. POSIX ACLs
// are written as the kernel's system.posix_acl_* attributes.
#include "base/error.h"
#include "layers/layerdirs.h"
#include "layers/writebackpacer.h"

#include <QByteArray>
#include <memory>
#include <optional>

struct archive_entry;

namespace porthole {

class LayerWriter {
public:
    // root: the layer's empty directory (canonical path).
    static Result<LayerWriter> open(const QByteArray &root);

    // An entry at path (normalised, relative; "" is the root). hardLinkTarget
    // (normalised) when the entry is a hard link.
    Status begin(struct archive_entry *entry, const QByteArray &path, const QByteArray &hardLinkTarget);
    // The entry's data, as libarchive hands it out (offsets leave holes).
    Status write(const void *data, size_t size, qint64 offset);
    Status finishEntry();

    // overlayfs forms: a 0/0 character device hides a lower file; the opaque
    // mark hides a lower directory's contents.
    Status whiteout(const QByteArray &path);
    Status markOpaque(const QByteArray &dir);

    // Directory modes and times, set last.
    Status close();
    qint64 skippedDevices() const { return m_skippedDevices; }

private:
    LayerWriter(LayerDirs dirs, const QByteArray &root);
    struct Target {
        int dirFd;
        bool setgid;
        QByteArray base;
    };
    Result<Target> target(const QByteArray &path);
    Status beginFile(const Target &at);
    Status beginDirectory(const Target &at);
    Status beginNode(const Target &at, mode_t type);
    Status beginHardLink(const Target &at, const QByteArray &linkTarget);
    Status metadataByName(const Target &at, bool setMode);
    Status metadataOnFile();
    Status setOwner(int fd, const Target &at);
    Status setXattrs(int fd, const QByteArray &procPath);
    bool needsChown(bool setgidParent) const;
    bool needsChmod(mode_t mode) const;
    Error entryError(const QString &what) const;

    LayerDirs m_dirs;
    uid_t m_uid;
    gid_t m_gid;
    mode_t m_umask;
    bool m_rootless; // in a user's namespace
    qint64 m_skippedDevices = 0;
    // The entry being written.
    struct archive_entry *m_entry = nullptr;
    QByteArray m_path;
    std::optional<Target> m_at;
    OwnedFd m_file; // a regular file (or a hard link with data) being written
    qint64 m_end = 0;
    std::unique_ptr<WritebackPacer> m_writeback;
};

} // namespace porthole
