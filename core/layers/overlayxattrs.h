#pragma once
// overlayfs keeps its own state in trusted.overlay.* extended attributes;
// they are never taken from a tar nor written into one.
struct archive_entry;

namespace porthole {

void dropOverlayXattrs(struct archive_entry *entry);

} // namespace porthole
