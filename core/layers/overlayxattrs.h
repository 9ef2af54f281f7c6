#pragma once
// overlayfs keeps its own state in trusted.overlay.* extended attributes
// (user.overlay.* for a user's overlay); they are never taken from a tar nor
// written into one.
struct archive_entry;

namespace porthole {

// Drops trusted.overlay.* and user.overlay.* (a user's overlay, mounted
// with userxattr, keeps its state there).
void dropOverlayXattrs(struct archive_entry *entry);

// The attribute that marks a directory opaque in this process's layers:
// trusted.overlay.opaque for root, user.overlay.opaque in a user's
// namespace (trusted.* cannot be written there).
const char *overlayOpaqueXattr();

} // namespace porthole
