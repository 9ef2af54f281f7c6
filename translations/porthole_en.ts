<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ImageListModel</name>
    <message>
        <location filename="../gui/imagelistmodel.cpp" line="40" />
        <source>%1 ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/imagelistmodel.cpp" line="59" />
        <source>Repository</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/imagelistmodel.cpp" line="60" />
        <source>Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/imagelistmodel.cpp" line="61" />
        <source>Image ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/imagelistmodel.cpp" line="62" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/imagelistmodel.cpp" line="63" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/mainwindow.cpp" line="34" />
        <source>Porthole</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="35" />
        <source>Images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="37" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="39" />
        <source>Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="40" />
        <source>Build busybox starter image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="45" />
        <source>No images yet. An image is a stack of read-only layers; containers are created from it.
Build busybox:latest from this machine's busybox to start, offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="50" />
        <source>Build busybox:latest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="97" />
        <source>Error: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../gui/mainwindow.cpp" line="115" />
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform><numerusform>%n images</numerusform></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="131" />
        <source>Building busybox:latest from this machine's busybox…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="139" />
        <source>Built busybox:latest (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="154" />
        <source>Import a root filesystem tarball</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="155" />
        <source>Tar archives (*.tar *.tar.gz *.tgz *.tar.xz *.tar.bz2 *.tar.zst);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="162" />
        <source>Importing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="168" />
        <source>Imported %1</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>