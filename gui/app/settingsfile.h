#pragma once
// The window keeps its settings (language, the output pane's height, the
// lesson's place, the stats columns) in one file:
// ~/.config/porthole/porthole-gui.conf. Before the organisation was named,
// all but the language went to ~/.config/Unknown Organization/.

// Names the organisation and application, so QSettings() means that file,
// and moves what an earlier version kept in the unnamed one (keys the file
// already has win), then empties the old file.
void settleSettingsFile();
