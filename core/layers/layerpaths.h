#pragma once
// Checks and normalises the names inside a layer tar: no absolute names, no
// "..", nothing written through a symlink of the same layer, no duplicates.
#include "base/error.h"

#include <QByteArray>
#include <QHash>

namespace porthole {

class LayerPathGuard {
public:
    // Normalises a tar entry name ("./a//b/" -> "a/b"; "./" -> ""), or fails.
    static Result<QByteArray> normalize(const QByteArray &name);

    // Registers an entry that will be created at path (normalised); fails on a
    // duplicate or when a parent of path is a symlink from this layer.
    Status claim(const QByteArray &path, bool isSymlink, bool isDirectory);

    // A hard link target must be an earlier non-directory entry reached
    // without symlinks.
    Status checkHardLinkTarget(const QByteArray &target);

private:
    enum class Kind { Directory, Symlink, Other };
    Status checkParents(const QByteArray &path);
    QHash<QByteArray, Kind> m_entries;
    // The parent directory of the last claimed path, whose ancestors were all
    // found to be directories or absent: tars list a directory's entries
    // together, so most claims check nothing. Forgotten when a symlink or
    // non-directory is claimed at it or above it. Empty: none (entries at
    // the top have no parent to check).
    QByteArray m_verifiedParent;
};

} // namespace porthole
