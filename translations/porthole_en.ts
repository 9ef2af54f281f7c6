<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ContainerListModel</name>
    <message>
        <location filename="../gui/containerlistmodel.cpp" line="39"/>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containerlistmodel.cpp" line="61"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containerlistmodel.cpp" line="62"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containerlistmodel.cpp" line="63"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containerlistmodel.cpp" line="64"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containerlistmodel.cpp" line="65"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containerlistmodel.cpp" line="66"/>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageListModel</name>
    <message>
        <location filename="../gui/imagelistmodel.cpp" line="45"/>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/imagelistmodel.cpp" line="64"/>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/imagelistmodel.cpp" line="65"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/imagelistmodel.cpp" line="66"/>
        <source>Image ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/imagelistmodel.cpp" line="67"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/imagelistmodel.cpp" line="68"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerStackView</name>
    <message>
        <location filename="../gui/layerstackview.cpp" line="8"/>
        <source>Layer stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/layerstackview.cpp" line="51"/>
        <source>read-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/layerstackview.cpp" line="51"/>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleDiagram</name>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="25"/>
        <source>Container lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="35"/>
        <source>exits by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="78"/>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="79"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="80"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="81"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="82"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="83"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="116"/>
        <source>When the main process ends, the container stops by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="117"/>
        <source>Makes a new container from an image: use the command bar (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="120"/>
        <source>Click to run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="122"/>
        <source>Select a container first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="125"/>
        <source>The container is %1; this command starts from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/mainwindow.cpp" line="89"/>
        <source>Porthole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="90"/>
        <location filename="../gui/mainwindow.cpp" line="202"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="92"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="94"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="95"/>
        <source>Build busybox starter image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="100"/>
        <source>No images yet. An image is a stack of read-only layers; containers are created from it.
Build busybox:latest from this machine&apos;s busybox to start, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="105"/>
        <source>Build busybox:latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="164"/>
        <source>Select a container to see its lifecycle. Click a command to run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="184"/>
        <location filename="../gui/mainwindow.cpp" line="350"/>
        <source>SIGTERM sent: %1 s left before SIGKILL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="185"/>
        <source>Timeout reached: SIGKILL sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="198"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="198"/>
        <source>Send SIGTERM, wait this many seconds, then SIGKILL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="201"/>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="206"/>
        <source>Type a command, e.g. docker create -it --name=busybox busybox, docker ps -a, docker rm -f busybox</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/mainwindow.cpp" line="292"/>
        <source>Image %1: %n read-only layer(s)</source>
        <translation>
            <numerusform>Image %1: %n read-only layer</numerusform>
            <numerusform>Image %1: %n read-only layers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="300"/>
        <source>container layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="301"/>
        <source>%1 written by %2 · removed with the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="305"/>
        <source>%1 = writable layer over image %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="342"/>
        <source>Running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="365"/>
        <source>the process ignored SIGTERM for %1 s, so SIGKILL ended it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="366"/>
        <source>the process ended on SIGTERM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="368"/>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="251"/>
        <location filename="../gui/mainwindow.cpp" line="454"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/mainwindow.cpp" line="479"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="495"/>
        <source>Building busybox:latest from this machine&apos;s busybox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="503"/>
        <source>Built busybox:latest (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="518"/>
        <source>Import a root filesystem tarball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="519"/>
        <source>Tar archives (*.tar *.tar.gz *.tgz *.tar.xz *.tar.bz2 *.tar.zst);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="526"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="532"/>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
