<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ConsoleSession</name>
    <message>
        <location filename="../gui/consolesession.cpp" line="112"/>
        <source>the container exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/consolesession.cpp" line="113"/>
        <source>the process exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/consolesession.cpp" line="184"/>
        <source>detached: the container keeps running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsolesPane</name>
    <message>
        <location filename="../gui/consolespane.cpp" line="13"/>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/consolespane.cpp" line="14"/>
        <source>Exec shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/consolespane.cpp" line="14"/>
        <location filename="../gui/consolespane.cpp" line="92"/>
        <source>nsenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/consolespane.cpp" line="28"/>
        <source>&lt;b&gt;attach&lt;/b&gt; joins the container&apos;s main process: every attached console sees the same screen and types into the same input; leaving (Ctrl+P Ctrl+Q, or closing the tab) keeps it running. &lt;b&gt;exec&lt;/b&gt; starts a new process (a shell) inside the container, on its own terminal. &lt;b&gt;nsenter&lt;/b&gt; enters the container&apos;s namespaces from the host with util-linux, as root, using the process id from inspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/consolespane.cpp" line="35"/>
        <source>Select a running container, then open a console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/consolespane.cpp" line="76"/>
        <source>No container selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/consolespane.cpp" line="76"/>
        <source>Consoles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/consolespane.cpp" line="92"/>
        <source>attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/consolespane.cpp" line="92"/>
        <source>exec</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <location filename="../gui/containerlistmodel.cpp" line="70"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containerlistmodel.cpp" line="71"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containerlistmodel.cpp" line="72"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containerlistmodel.cpp" line="73"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containerlistmodel.cpp" line="74"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containerlistmodel.cpp" line="75"/>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropDialog</name>
    <message>
        <location filename="../gui/dropdialog.cpp" line="16"/>
        <source>&lt;b&gt;export / import&lt;/b&gt; move a container&apos;s &lt;i&gt;files&lt;/i&gt;: export writes its merged filesystem as a tar; import makes a new one-layer image of it. Settings such as CMD, ENV or WORKDIR do not travel; give them again as changes.&lt;br&gt;&lt;b&gt;save / load&lt;/b&gt; move &lt;i&gt;images&lt;/i&gt;: every layer, the tags and the whole configuration. To keep a container&apos;s settings, migrate it: commit it to an image, then save that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dropdialog.cpp" line="26"/>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dropdialog.cpp" line="26"/>
        <source>Load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dropdialog.cpp" line="32"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is a root filesystem tar: %n entries, %2 of files.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; is a root filesystem tar: %n entry, %2 of files.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; is a root filesystem tar: %n entries, %2 of files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dropdialog.cpp" line="35"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is a %2 with %n layer(s): %3.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; is a %2 with %n layer: %3.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; is a %2 with %n layers: %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/dropdialog.cpp" line="37"/>
        <source>untagged images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dropdialog.cpp" line="45"/>
        <source>Files in the tar%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dropdialog.cpp" line="45"/>
        <source> (the first %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dropdialog.cpp" line="51"/>
        <source>repository:tag, e.g. busybox:test (empty: untagged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dropdialog.cpp" line="54"/>
        <source>One instruction per line, e.g. CMD [&quot;/bin/sh&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dropdialog.cpp" line="56"/>
        <source>Repository:tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dropdialog.cpp" line="57"/>
        <source>Changes (-c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dropdialog.cpp" line="61"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dropdialog.cpp" line="61"/>
        <source>Load</source>
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
        <location filename="../gui/imagelistmodel.cpp" line="68"/>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/imagelistmodel.cpp" line="69"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/imagelistmodel.cpp" line="70"/>
        <source>Image ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/imagelistmodel.cpp" line="71"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/imagelistmodel.cpp" line="72"/>
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
        <location filename="../gui/layerfilebrowser.cpp" line="156"/>
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
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="313"/>
        <source>An image: a stack of read-only layers. create or run makes a container from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="314"/>
        <source>Created: the container exists, with its writable layer over the image, but no process runs yet. start runs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="315"/>
        <source>Running: its main process runs. pause freezes it; stop sends SIGTERM, waits, then SIGKILL; kill sends SIGKILL at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="316"/>
        <source>Paused: the cgroup freezer holds all its processes where they are; unpause lets them go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="317"/>
        <source>Stopped: the process has ended. The writable layer is kept, so start runs it again with its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="318"/>
        <source>Deleted: rm removed the container and its writable layer; the image stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogsView</name>
    <message>
        <location filename="../gui/logsview.cpp" line="28"/>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/logsview.cpp" line="28"/>
        <source>Timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/logsview.cpp" line="36"/>
        <source>Search the logs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/mainwindow.cpp" line="109"/>
        <source>Porthole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="112"/>
        <location filename="../gui/mainwindow.cpp" line="135"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="114"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="119"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="120"/>
        <source>Build busybox starter image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="200"/>
        <source>No images yet. An image is a stack of read-only layers; containers are created from it.
Build busybox:latest from this machine&apos;s busybox to start, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="205"/>
        <source>Build busybox:latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="93"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="96"/>
        <source>Create or run a container (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="107"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="117"/>
        <source>Export the container&apos;s filesystem as a tar (porthole export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="118"/>
        <source>Migrate with settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="120"/>
        <source>Commit the container and save the image: its CMD, ENV and other settings travel too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="132"/>
        <source>Drag out: export filesystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="133"/>
        <source>Drag out: migrate with settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="138"/>
        <source>Filter (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="148"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="151"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="186"/>
        <source>Files and layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="197"/>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="204"/>
        <source>Layers and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="208"/>
        <source>Consoles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="210"/>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="235"/>
        <source>Select a container to see its lifecycle. Click a command to run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="240"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="241"/>
        <source>Copy the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="257"/>
        <location filename="../gui/mainwindow_containers.cpp" line="364"/>
        <source>SIGTERM sent: %1 s left before SIGKILL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="258"/>
        <source>Timeout reached: SIGKILL sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="263"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="263"/>
        <source>Send SIGTERM, wait this many seconds, then SIGKILL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="268"/>
        <source>Export the container&apos;s filesystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="268"/>
        <source>Tar archives (*.tar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="537"/>
        <source>Merged view (what the container sees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="538"/>
        <source>Changes (diff: added, changed, deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="554"/>
        <source>Container layer (writable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="134"/>
        <location filename="../gui/mainwindow_containers.cpp" line="91"/>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="261"/>
        <source>Type a command, e.g. docker create -it --name=busybox busybox, docker ps -a, docker rm -f busybox</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/mainwindow.cpp" line="330"/>
        <source>Image %1: %n read-only layer(s)</source>
        <translation>
            <numerusform>Image %1: %n read-only layer</numerusform>
            <numerusform>Image %1: %n read-only layers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="494"/>
        <location filename="../gui/mainwindow_containers.cpp" line="529"/>
        <source>container layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="495"/>
        <source>%1 written by %2 · removed with the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="500"/>
        <source>%1 = writable layer over image %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="336"/>
        <location filename="../gui/mainwindow_containers.cpp" line="417"/>
        <location filename="../gui/mainwindow_transfers.cpp" line="82"/>
        <location filename="../gui/mainwindow_transfers.cpp" line="245"/>
        <source>Running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="375"/>
        <source>the process ignored SIGTERM for %1 s, so SIGKILL ended it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="376"/>
        <source>the process ended on SIGTERM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_containers.cpp" line="354"/>
        <location filename="../gui/mainwindow_containers.cpp" line="440"/>
        <location filename="../gui/mainwindow_transfers.cpp" line="112"/>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="292"/>
        <location filename="../gui/mainwindow.cpp" line="360"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="235"/>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="121"/>
        <source>Save image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="129"/>
        <source>Save the selected image with all its layers and settings (porthole save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="165"/>
        <location filename="../gui/mainwindow.cpp" line="189"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="170"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="190"/>
        <source>Porthole will speak %1 from its next start. Restart it now? Your containers keep running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="236"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="237"/>
        <location filename="../gui/mainwindow_containers.cpp" line="185"/>
        <location filename="../gui/mainwindow_containers.cpp" line="206"/>
        <source>Inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="337"/>
        <location filename="../gui/mainwindow_containers.cpp" line="532"/>
        <source>layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="340"/>
        <source>Merged view (what a container starts with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="343"/>
        <location filename="../gui/mainwindow_containers.cpp" line="558"/>
        <source>Layer %1 · %2 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/mainwindow.cpp" line="390"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="397"/>
        <source>Building busybox:latest from this machine&apos;s busybox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="409"/>
        <source>Built busybox:latest (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="415"/>
        <source>Import a root filesystem tarball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="416"/>
        <source>Tar archives (*.tar *.tar.gz *.tgz *.tar.xz *.tar.bz2 *.tar.zst);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_transfers.cpp" line="78"/>
        <location filename="../gui/mainwindow_transfers.cpp" line="235"/>
        <source>another transfer is running; wait for it or cancel it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_transfers.cpp" line="247"/>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_transfers.cpp" line="75"/>
        <source>Exporting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_transfers.cpp" line="68"/>
        <source>Saving image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_transfers.cpp" line="75"/>
        <source>Migrating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_transfers.cpp" line="212"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_transfers.cpp" line="225"/>
        <source>Nothing changed: %1 was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_transfers.cpp" line="247"/>
        <source>Loading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_transfers.cpp" line="265"/>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow_transfers.cpp" line="265"/>
        <source>Loaded %1</source>
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
    <name>StatusText</name>
    <message>
        <location filename="../gui/statustext.cpp" line="10"/>
        <source>Less than a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/statustext.cpp" line="11"/>
        <source>1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/statustext.cpp" line="12"/>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/statustext.cpp" line="13"/>
        <source>About a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/statustext.cpp" line="14"/>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/statustext.cpp" line="15"/>
        <source>About an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/statustext.cpp" line="16"/>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/statustext.cpp" line="17"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/statustext.cpp" line="18"/>
        <source>%1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/statustext.cpp" line="19"/>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/statustext.cpp" line="20"/>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/statustext.cpp" line="27"/>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/statustext.cpp" line="35"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/statustext.cpp" line="37"/>
        <source>Up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/statustext.cpp" line="39"/>
        <source>Up %1 (Paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/statustext.cpp" line="41"/>
        <source>Exited (%1) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/statustext.cpp" line="43"/>
        <source>Removal In Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/statustext.cpp" line="45"/>
        <source>Dead</source>
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
        <location filename="../gui/main.cpp" line="24"/>
        <source>Porthole: see how containers work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main.cpp" line="27"/>
        <source>Store directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main.cpp" line="28"/>
        <source>Runtime state directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main.cpp" line="30"/>
        <source>Print the time of the first painted container list, then quit (for benchmarks)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>porthole::ArchiveProbe</name>
    <message>
        <location filename="../core/archiveprobe.cpp" line="122"/>
        <source>Docker image archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archiveprobe.cpp" line="123"/>
        <source>OCI image layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archiveprobe.cpp" line="129"/>
        <source>root filesystem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>porthole::ContainerEngine</name>
    <message>
        <location filename="../core/containerengine.cpp" line="288"/>
        <source>%1 read-only + 1 writable (overlayfs)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
