<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ContainerActions</name>
    <message>
        <location filename="../gui/containeractions.cpp" line="10"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containeractions.cpp" line="11"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containeractions.cpp" line="12"/>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containeractions.cpp" line="13"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containeractions.cpp" line="14"/>
        <source>Unpause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containeractions.cpp" line="15"/>
        <source>Kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containeractions.cpp" line="16"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containeractions.cpp" line="17"/>
        <source>Force remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containeractions.cpp" line="68"/>
        <source>not a command the window runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContainerListModel</name>
    <message>
        <location filename="../gui/containerlistmodel.cpp" line="69"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containerlistmodel.cpp" line="70"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containerlistmodel.cpp" line="71"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containerlistmodel.cpp" line="72"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containerlistmodel.cpp" line="73"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containerlistmodel.cpp" line="74"/>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HighlightedJsonView</name>
    <message>
        <location filename="../gui/highlightedjsonview.cpp" line="83"/>
        <source>plain text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryStrip</name>
    <message>
        <location filename="../gui/historystrip.cpp" line="6"/>
        <source>Container history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/historystrip.cpp" line="20"/>
        <source>network %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/historystrip.cpp" line="22"/>
        <source>die (exit %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/historystrip.cpp" line="24"/>
        <source>kill %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageListModel</name>
    <message>
        <location filename="../gui/imagelistmodel.cpp" line="67"/>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/imagelistmodel.cpp" line="68"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/imagelistmodel.cpp" line="69"/>
        <source>Image ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/imagelistmodel.cpp" line="70"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/imagelistmodel.cpp" line="71"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerFileBrowser</name>
    <message>
        <location filename="../gui/layerfilebrowser.cpp" line="25"/>
        <source>directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/layerfilebrowser.cpp" line="26"/>
        <source>symlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/layerfilebrowser.cpp" line="27"/>
        <source>whiteout (deleted below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/layerfilebrowser.cpp" line="28"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/layerfilebrowser.cpp" line="29"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/layerfilebrowser.cpp" line="30"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/layerfilebrowser.cpp" line="31"/>
        <source>device or fifo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/layerfilebrowser.cpp" line="32"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/layerfilebrowser.cpp" line="140"/>
        <source>Listing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/layerfilebrowser.cpp" line="146"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/layerfilebrowser.cpp" line="146"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/layerfilebrowser.cpp" line="146"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/layerfilebrowser.cpp" line="146"/>
        <source>From layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/layerfilebrowser.cpp" line="148"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/layerfilebrowser.cpp" line="155"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
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
        <location filename="../gui/layerstackview.cpp" line="50"/>
        <source>read-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/layerstackview.cpp" line="50"/>
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
        <location filename="../gui/lifecyclediagram.cpp" line="86"/>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="87"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="88"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="89"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="90"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="91"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="124"/>
        <source>When the main process ends, the container stops by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="125"/>
        <source>Makes a new container from an image: use the command bar (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="128"/>
        <source>Click to run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="130"/>
        <source>Select a container first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="133"/>
        <source>The container is %1; this command starts from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/mainwindow.cpp" line="107"/>
        <source>Porthole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="108"/>
        <location filename="../gui/mainwindow.cpp" line="121"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="110"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="115"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="116"/>
        <source>Build busybox starter image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="151"/>
        <source>No images yet. An image is a stack of read-only layers; containers are created from it.
Build busybox:latest from this machine&apos;s busybox to start, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="156"/>
        <source>Build busybox:latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="90"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="93"/>
        <source>Create or run a container (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="104"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="114"/>
        <source>Export the container&apos;s filesystem as a tar (porthole export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="118"/>
        <source>Filter (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="128"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="131"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="162"/>
        <source>Files and layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="173"/>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="180"/>
        <source>Layers and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="207"/>
        <source>Select a container to see its lifecycle. Click a command to run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="212"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="213"/>
        <source>Copy the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="229"/>
        <location filename="../gui/mainwindow_containers.cpp" line="336"/>
        <source>SIGTERM sent: %1 s left before SIGKILL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="230"/>
        <source>Timeout reached: SIGKILL sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="235"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="235"/>
        <source>Send SIGTERM, wait this many seconds, then SIGKILL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="240"/>
        <source>Export the container&apos;s filesystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="240"/>
        <source>Tar archives (*.tar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="506"/>
        <source>Merged view (what the container sees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="507"/>
        <source>Changes (diff: added, changed, deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="523"/>
        <source>Container layer (writable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="120"/>
        <location filename="../gui/mainwindow_containers.cpp" line="88"/>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="211"/>
        <source>Type a command, e.g. docker create -it --name=busybox busybox, docker ps -a, docker rm -f busybox</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/mainwindow.cpp" line="280"/>
        <source>Image %1: %n read-only layer(s)</source>
        <translation>
            <numerusform>Image %1: %n read-only layer</numerusform>
            <numerusform>Image %1: %n read-only layers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="466"/>
        <location filename="../gui/mainwindow_containers.cpp" line="498"/>
        <source>container layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="467"/>
        <source>%1 written by %2 · removed with the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="472"/>
        <source>%1 = writable layer over image %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="378"/>
        <location filename="../gui/mainwindow.cpp" line="407"/>
        <location filename="../gui/mainwindow_containers.cpp" line="308"/>
        <location filename="../gui/mainwindow_containers.cpp" line="389"/>
        <source>Running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="347"/>
        <source>the process ignored SIGTERM for %1 s, so SIGKILL ended it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="348"/>
        <source>the process ended on SIGTERM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="426"/>
        <location filename="../gui/mainwindow_containers.cpp" line="326"/>
        <location filename="../gui/mainwindow_containers.cpp" line="412"/>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="242"/>
        <location filename="../gui/mainwindow.cpp" line="310"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="185"/>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="186"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="187"/>
        <location filename="../gui/mainwindow_containers.cpp" line="161"/>
        <location filename="../gui/mainwindow_containers.cpp" line="182"/>
        <source>Inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="287"/>
        <location filename="../gui/mainwindow_containers.cpp" line="501"/>
        <source>layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="290"/>
        <source>Merged view (what a container starts with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="293"/>
        <location filename="../gui/mainwindow_containers.cpp" line="527"/>
        <source>Layer %1 · %2 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/mainwindow.cpp" line="340"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="347"/>
        <source>Building busybox:latest from this machine&apos;s busybox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="359"/>
        <source>Built busybox:latest (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="365"/>
        <source>Import a root filesystem tarball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="366"/>
        <source>Tar archives (*.tar *.tar.gz *.tgz *.tar.xz *.tar.bz2 *.tar.zst);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="374"/>
        <location filename="../gui/mainwindow.cpp" line="402"/>
        <source>another transfer is running; wait for it or cancel it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="379"/>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="409"/>
        <source>Exporting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="392"/>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewContainerDialog</name>
    <message>
        <location filename="../gui/newcontainerdialog.cpp" line="30"/>
        <source>-i  keep standard input open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/newcontainerdialog.cpp" line="31"/>
        <source>-t  give it a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/newcontainerdialog.cpp" line="31"/>
        <source>Start it now (run = create + start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/newcontainerdialog.cpp" line="34"/>
        <source>New container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/newcontainerdialog.cpp" line="39"/>
        <source>generated when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/newcontainerdialog.cpp" line="41"/>
        <source>the image&apos;s command when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/newcontainerdialog.cpp" line="45"/>
        <source>e.g. 127.0.0.1:8080:80</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/newcontainerdialog.cpp" line="56"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/newcontainerdialog.cpp" line="57"/>
        <source>Name (--name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/newcontainerdialog.cpp" line="58"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/newcontainerdialog.cpp" line="59"/>
        <source>Network (--network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/newcontainerdialog.cpp" line="60"/>
        <source>Publish (-p)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/newcontainerdialog.cpp" line="64"/>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/newcontainerdialog.cpp" line="89"/>
        <source>choose an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/newcontainerdialog.cpp" line="110"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunStepsView</name>
    <message>
        <location filename="../gui/runstepsview.cpp" line="11"/>
        <source>&lt;b&gt;run = create + start&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runstepsview.cpp" line="13"/>
        <source>Look for the image locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runstepsview.cpp" line="13"/>
        <source>Create the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runstepsview.cpp" line="14"/>
        <source>Add a writable layer over the read-only image layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runstepsview.cpp" line="14"/>
        <source>Take an IP from the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/runstepsview.cpp" line="15"/>
        <source>Start the command</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferPanel</name>
    <message>
        <location filename="../gui/transferpanel.cpp" line="12"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transferpanel.cpp" line="30"/>
        <source>%1: cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transferpanel.cpp" line="64"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transferpanel.cpp" line="67"/>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transferpanel.cpp" line="69"/>
        <source>%1 s left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../gui/main.cpp" line="23"/>
        <source>Porthole: see how containers work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main.cpp" line="26"/>
        <source>Store directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main.cpp" line="27"/>
        <source>Runtime state directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main.cpp" line="29"/>
        <source>Print the time of the first painted container list, then quit (for benchmarks)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
