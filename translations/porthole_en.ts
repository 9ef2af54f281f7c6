<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApiServicePanel</name>
    <message>
        <location filename="../gui/app/apiservicepanel.cpp" line="20"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/apiservicepanel.cpp" line="21"/>
        <source>Copy the DOCKER_HOST line: paste it in a terminal, then docker and docker-compose use Porthole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/apiservicepanel.cpp" line="80"/>
        <source>Docker API: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/apiservicepanel.cpp" line="82"/>
        <source>Docker API stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/apiservicepanel.cpp" line="84"/>
        <source>Docker API: starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/apiservicepanel.cpp" line="84"/>
        <source>Docker API: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/apiservicepanel.cpp" line="86"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/apiservicepanel.cpp" line="86"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandBar</name>
    <message>
        <location filename="../gui/app/commandbar.cpp" line="147"/>
        <source>(exit code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/commandbar.cpp" line="149"/>
        <source>(no output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/commandbar.cpp" line="28"/>
        <source>Type a command, e.g. docker create -it --name=busybox busybox, docker ps -a, docker rm -f busybox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/commandbar.cpp" line="96"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/commandbar.cpp" line="31"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/commandbar.cpp" line="32"/>
        <source>Stop following the command: logs -f and wait end; an attached run detaches and its container keeps running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/commandbar.cpp" line="40"/>
        <source>What the commands print shows here. Drag the bar above to make it taller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/commandbar.cpp" line="156"/>
        <source>run -it is create + start: %1, then an attach console that starts it (Consoles tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/commandbar.cpp" line="170"/>
        <source>Container %1 created; its console attaches, then starts it. Ctrl+P Ctrl+Q detaches and leaves it running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/commandbar.cpp" line="183"/>
        <source>exec -it runs %1 on a terminal of its own: an exec console opens (Consoles tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/commandbar.cpp" line="184"/>
        <source>a shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/commandbar.cpp" line="187"/>
        <source>start -a: an attach console opens and starts %1 (Consoles tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/commandbar.cpp" line="188"/>
        <source>attach joins the main process of %1: an attach console opens (Consoles tab). Ctrl+P Ctrl+Q detaches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/commandbar.cpp" line="213"/>
        <source>Stopped following it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandPlan</name>
    <message>
        <location filename="../gui/app/commandplan.cpp" line="56"/>
        <source>%1 %2: images do not come from a registry here yet. They arrive three ways: the starter image (Images → Build busybox:latest, or porthole image build-busybox), a root filesystem tar imported (Import…, docker import FILE NAME:TAG) or an image archive loaded (drop a saved .tar on the window, docker load -i FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/commandplan.cpp" line="61"/>
        <source>The command bar takes docker or porthole commands, as a tutorial writes them: docker ps -a, docker run -d busybox sleep 600. “%1” is not one: to run a shell command inside a container, open a console on it (Consoles → Exec shell) or type docker exec CONTAINER %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleArea</name>
    <message>
        <location filename="../gui/containers/consolearea.cpp" line="54"/>
        <source>Close this console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <location filename="../gui/containers/consolesession.cpp" line="194"/>
        <source>the container exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/consolesession.cpp" line="195"/>
        <source>the process exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/consolesession.cpp" line="269"/>
        <source>detached: the container keeps running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsolesPane</name>
    <message>
        <location filename="../gui/containers/consolespane.cpp" line="15"/>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/consolespane.cpp" line="16"/>
        <source>Exec shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/consolespane.cpp" line="16"/>
        <location filename="../gui/containers/consolespane.cpp" line="99"/>
        <source>nsenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/consolespane.cpp" line="31"/>
        <source>&lt;b&gt;attach&lt;/b&gt; joins the container&apos;s main process: every attached console sees the same screen and types into the same input; leaving (Ctrl+P Ctrl+Q, or closing the tab) keeps it running. &lt;b&gt;exec&lt;/b&gt; starts a new process (a shell) inside the container, on its own terminal. &lt;b&gt;nsenter&lt;/b&gt; enters the container&apos;s namespaces from the host with util-linux, as root, using the process id from inspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/consolespane.cpp" line="79"/>
        <source>Select a running container, then open a console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/consolespane.cpp" line="75"/>
        <source>No container selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/consolespane.cpp" line="75"/>
        <source>Consoles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/consolespane.cpp" line="81"/>
        <source>%1 runs: open a console with Attach, Exec shell or nsenter above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/consolespane.cpp" line="83"/>
        <source>%1 is not running: start it, then open a console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/consolespane.cpp" line="99"/>
        <source>attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/consolespane.cpp" line="99"/>
        <source>exec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/consolespane.cpp" line="17"/>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/consolespane.cpp" line="24"/>
        <source>Show every console of the container at once: two attach consoles mirror each other, two exec shells do not</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContainerActions</name>
    <message>
        <location filename="../gui/containers/containeractions.cpp" line="12"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containeractions.cpp" line="13"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containeractions.cpp" line="14"/>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containeractions.cpp" line="15"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containeractions.cpp" line="16"/>
        <source>Unpause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containeractions.cpp" line="17"/>
        <source>Kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containeractions.cpp" line="18"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containeractions.cpp" line="19"/>
        <source>Force remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContainerCopies</name>
    <message>
        <location filename="../gui/transfers/containercopies.cpp" line="47"/>
        <source>Another transfer is running: wait for it, or cancel it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/containercopies.cpp" line="50"/>
        <source>Running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/containercopies.cpp" line="51"/>
        <source>Copying into the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/containercopies.cpp" line="67"/>
        <source>Copied %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/containercopies.cpp" line="78"/>
        <source>Copying out of the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/containercopies.cpp" line="92"/>
        <source>Copied out to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContainerDetails</name>
    <message>
        <location filename="../gui/containers/containerdetails.cpp" line="51"/>
        <location filename="../gui/containers/containerdetails.cpp" line="137"/>
        <source>container layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerdetails.cpp" line="54"/>
        <source>layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerdetails.cpp" line="58"/>
        <source>Merged view (what the container sees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerdetails.cpp" line="60"/>
        <source>Changes (diff: added, changed, deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerdetails.cpp" line="61"/>
        <source>Container layer (writable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerdetails.cpp" line="65"/>
        <source>Layer %1 · %2 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerdetails.cpp" line="79"/>
        <location filename="../gui/containers/containerdetails.cpp" line="168"/>
        <location filename="../gui/containers/containerdetails.cpp" line="184"/>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerdetails.cpp" line="80"/>
        <source>Layers and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerdetails.cpp" line="81"/>
        <source>Inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerdetails.cpp" line="82"/>
        <source>Consoles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerdetails.cpp" line="83"/>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerdetails.cpp" line="84"/>
        <source>Stats</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/containers/containerdetails.cpp" line="129"/>
        <source>%1 (ps --size), %n change(s) (diff) · removed with the container</source>
        <translation>
            <numerusform>%1 (ps --size), %n change (diff) · removed with the container</numerusform>
            <numerusform>%1 (ps --size), %n changes (diff) · removed with the container</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/containers/containerdetails.cpp" line="130"/>
        <source>%1 (ps --size) · removed with the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerdetails.cpp" line="140"/>
        <source>%1 = writable layer over image %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerdetails.cpp" line="164"/>
        <source>Porthole: %1 (F11 or Esc to leave)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerdetails.cpp" line="166"/>
        <source>The lifecycle is on the full screen. F11 or Esc brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContainerListModel</name>
    <message>
        <location filename="../gui/containers/containerlistmodel.cpp" line="112"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerlistmodel.cpp" line="113"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerlistmodel.cpp" line="114"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerlistmodel.cpp" line="115"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerlistmodel.cpp" line="116"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerlistmodel.cpp" line="117"/>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerlistmodel.cpp" line="118"/>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContainersPage</name>
    <message>
        <location filename="../gui/containers/containerspage.cpp" line="258"/>
        <source>Inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerspage.cpp" line="259"/>
        <source>Files and layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerspage.cpp" line="404"/>
        <location filename="../gui/containers/containerspage.cpp" line="490"/>
        <source>Running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerspage.cpp" line="425"/>
        <location filename="../gui/containers/containerspage.cpp" line="503"/>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerspage.cpp" line="226"/>
        <source>No containers yet. Make one with New… (Ctrl+N), or type docker run -d busybox sleep 600 in the command bar below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerspage.cpp" line="227"/>
        <source>No container matches the filter. Clear it (the × in the filter box) or choose All states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerspage.cpp" line="465"/>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerspage.cpp" line="475"/>
        <source>SIG%1 sent. Next: wait up to %2 s for the process to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerspage.cpp" line="481"/>
        <source>The process did not end in time. Next: SIGKILL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContainersToolbar</name>
    <message>
        <location filename="../gui/containers/containerstoolbar.cpp" line="13"/>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerstoolbar.cpp" line="16"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerstoolbar.cpp" line="19"/>
        <source>Create or run a container (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerstoolbar.cpp" line="23"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerstoolbar.cpp" line="26"/>
        <source>Export the container&apos;s filesystem as a tar (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerstoolbar.cpp" line="27"/>
        <source>Migrate with settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerstoolbar.cpp" line="29"/>
        <source>Commit the container and save the image: its CMD, ENV and other settings travel too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerstoolbar.cpp" line="37"/>
        <source>Drag out: export filesystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerstoolbar.cpp" line="38"/>
        <source>Drag out: migrate with settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerstoolbar.cpp" line="59"/>
        <source>Filter (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerstoolbar.cpp" line="66"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/containerstoolbar.cpp" line="69"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiskPage</name>
    <message>
        <location filename="../gui/disk/diskpage.cpp" line="30"/>
        <source>Measuring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/disk/diskpage.cpp" line="43"/>
        <source>Free space (each shows what it removes first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/disk/diskpage.cpp" line="94"/>
        <source>%1 in all, %2 of it reclaimable. The same as text: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiskUsageChart</name>
    <message>
        <location filename="../gui/disk/diskusagechart.cpp" line="39"/>
        <location filename="../gui/disk/diskusagechart.cpp" line="123"/>
        <source>shared layers (stored once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/disk/diskusagechart.cpp" line="66"/>
        <source>Images: %1 (%2 reclaimable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/disk/diskusagechart.cpp" line="69"/>
        <source>Containers&apos; writable layers: %1 (%2 in stopped containers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/disk/diskusagechart.cpp" line="73"/>
        <source>Volumes: %1 (%2 unused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/disk/diskusagechart.cpp" line="81"/>
        <source>The store uses %1 (build cache: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/disk/diskusagechart.cpp" line="81"/>
        <location filename="../gui/disk/diskusagechart.cpp" line="113"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DockerWords</name>
    <message>
        <location filename="../gui/app/dockerwords.cpp" line="15"/>
        <source>The container %1 is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/dockerwords.cpp" line="16"/>
        <source>The container %1 is already paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/dockerwords.cpp" line="17"/>
        <source>The container %1 is not paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/dockerwords.cpp" line="19"/>
        <source>The container %1 is paused: unpause it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/dockerwords.cpp" line="21"/>
        <source>The container %1 is running: stop it before removing it, or force remove it (rm -f).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/dockerwords.cpp" line="23"/>
        <source>The container %1 is paused: unpause and stop it before removing it, or force remove it (rm -f).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/dockerwords.cpp" line="24"/>
        <source>A paused container cannot be started: unpause it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/dockerwords.cpp" line="26"/>
        <source>The container %1 is dead and cannot be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/dockerwords.cpp" line="27"/>
        <source>The container %1 is being removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/dockerwords.cpp" line="28"/>
        <location filename="../gui/app/dockerwords.cpp" line="51"/>
        <source>There is no container %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/dockerwords.cpp" line="29"/>
        <source>There is no image %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/dockerwords.cpp" line="31"/>
        <source>The name %1 is taken by another container: choose another or remove that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/dockerwords.cpp" line="33"/>
        <source>The container %1 uses this image: remove the container first, or force (rmi -f).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/dockerwords.cpp" line="54"/>
        <source>%1 (Docker: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropDialog</name>
    <message>
        <location filename="../gui/transfers/dropdialog.cpp" line="16"/>
        <source>&lt;b&gt;export / import&lt;/b&gt; move a container&apos;s &lt;i&gt;files&lt;/i&gt;: export writes its merged filesystem as a tar; import makes a new one-layer image of it. Settings such as CMD, ENV or WORKDIR do not travel; give them again as changes.&lt;br&gt;&lt;b&gt;save / load&lt;/b&gt; move &lt;i&gt;images&lt;/i&gt;: every layer, the tags and the whole configuration. To keep a container&apos;s settings, migrate it: commit it to an image, then save that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/dropdialog.cpp" line="26"/>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/dropdialog.cpp" line="26"/>
        <source>Load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/transfers/dropdialog.cpp" line="32"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is a root filesystem tar: %n entries, %2 of files.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; is a root filesystem tar: %n entry, %2 of files.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; is a root filesystem tar: %n entries, %2 of files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/transfers/dropdialog.cpp" line="35"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is a %2 with %n layer(s): %3.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; is a %2 with %n layer: %3.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; is a %2 with %n layers: %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/transfers/dropdialog.cpp" line="37"/>
        <source>untagged images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/dropdialog.cpp" line="45"/>
        <source>Files in the tar%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/dropdialog.cpp" line="45"/>
        <source> (the first %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/dropdialog.cpp" line="51"/>
        <source>repository:tag, e.g. busybox:test (empty: untagged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/dropdialog.cpp" line="54"/>
        <source>One instruction per line, e.g. CMD [&quot;/bin/sh&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/dropdialog.cpp" line="56"/>
        <source>Repository:tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/dropdialog.cpp" line="57"/>
        <source>Changes (-c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/dropdialog.cpp" line="61"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/dropdialog.cpp" line="61"/>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileViewer</name>
    <message>
        <location filename="../gui/widgets/fileviewer.cpp" line="50"/>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/widgets/fileviewer.cpp" line="54"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/widgets/fileviewer.cpp" line="67"/>
        <source>its bytes are not on disk yet (a file in a tar that is not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/widgets/fileviewer.cpp" line="110"/>
        <source>%1 cannot be shown: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/widgets/fileviewer.cpp" line="116"/>
        <source>%1: a binary file of %2; its first bytes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/widgets/fileviewer.cpp" line="121"/>
        <source>%1: text, %2 (the first %3 shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/widgets/fileviewer.cpp" line="122"/>
        <source>%1: text, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryStrip</name>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="12"/>
        <source>Container history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="63"/>
        <source>network %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="65"/>
        <source>die (exit %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="67"/>
        <source>kill %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="45"/>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="45"/>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="46"/>
        <source>stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="46"/>
        <source>restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="47"/>
        <source>pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="47"/>
        <source>unpause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="48"/>
        <source>destroy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="48"/>
        <source>attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="49"/>
        <source>detach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="49"/>
        <source>export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="50"/>
        <source>commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="50"/>
        <source>rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="51"/>
        <source>connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="51"/>
        <source>disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="52"/>
        <source>exec_create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="52"/>
        <source>exec_start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="53"/>
        <source>exec_die</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageActions</name>
    <message>
        <location filename="../gui/images/imageactions.cpp" line="13"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imageactions.cpp" line="20"/>
        <source>Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imageactions.cpp" line="20"/>
        <source>A new container from this image (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imageactions.cpp" line="21"/>
        <source>Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imageactions.cpp" line="21"/>
        <source>Another name for the same image (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imageactions.cpp" line="22"/>
        <location filename="../gui/images/imageactions.cpp" line="45"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imageactions.cpp" line="22"/>
        <source>Remove this name; the image goes with its last name (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imageactions.cpp" line="31"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imageactions.cpp" line="33"/>
        <source>Every layer, the tags and the configuration in one archive (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imageactions.cpp" line="34"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imageactions.cpp" line="36"/>
        <source>How each layer was made (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imageactions.cpp" line="37"/>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imageactions.cpp" line="39"/>
        <source>The containers made from this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imageactions.cpp" line="42"/>
        <source>Tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imageactions.cpp" line="42"/>
        <source>New name (repository:tag), e.g. busybox:teach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imageactions.cpp" line="46"/>
        <source>Force remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imageactions.cpp" line="85"/>
        <location filename="../gui/images/imageactions.cpp" line="113"/>
        <source>Running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imageactions.cpp" line="95"/>
        <location filename="../gui/images/imageactions.cpp" line="126"/>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageListModel</name>
    <message>
        <location filename="../gui/images/imagelistmodel.cpp" line="75"/>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imagelistmodel.cpp" line="76"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imagelistmodel.cpp" line="77"/>
        <source>Image ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imagelistmodel.cpp" line="78"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imagelistmodel.cpp" line="79"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagesPage</name>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="82"/>
        <source>No images yet. An image is a stack of read-only layers; containers are created from it.
Build busybox:latest from this machine&apos;s busybox to start, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="87"/>
        <source>Build busybox:latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="90"/>
        <source>Pull an image from a registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="163"/>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="164"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="165"/>
        <source>Inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/images/imagespage.cpp" line="255"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/images/imagespage.cpp" line="302"/>
        <source>Image %1: %n read-only layer(s)</source>
        <translation>
            <numerusform>Image %1: %n read-only layer</numerusform>
            <numerusform>Image %1: %n read-only layers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="309"/>
        <source>layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="312"/>
        <source>Merged view (what a container starts with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="316"/>
        <source>Layer %1 · %2 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="353"/>
        <source>Building busybox:latest from this machine&apos;s busybox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="365"/>
        <source>Built busybox:latest (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="156"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="156"/>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="156"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="156"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="166"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="167"/>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="207"/>
        <source>%1 · %2 · made from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="210"/>
        <source>No container uses this image: rm can remove it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <location filename="../gui/app/languagebutton.cpp" line="14"/>
        <location filename="../gui/app/languagebutton.cpp" line="30"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/languagebutton.cpp" line="19"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/languagebutton.cpp" line="31"/>
        <source>Language from Porthole&apos;s next start: %1. Restart it now? Your containers keep running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerFileBrowser</name>
    <message>
        <location filename="../gui/widgets/layerfilebrowser.cpp" line="27"/>
        <source>directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/widgets/layerfilebrowser.cpp" line="28"/>
        <source>symlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/widgets/layerfilebrowser.cpp" line="29"/>
        <source>whiteout (deleted below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/widgets/layerfilebrowser.cpp" line="30"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/widgets/layerfilebrowser.cpp" line="31"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/widgets/layerfilebrowser.cpp" line="32"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/widgets/layerfilebrowser.cpp" line="33"/>
        <source>device or fifo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/widgets/layerfilebrowser.cpp" line="34"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/widgets/layerfilebrowser.cpp" line="152"/>
        <source>Listing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/widgets/layerfilebrowser.cpp" line="158"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/widgets/layerfilebrowser.cpp" line="158"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/widgets/layerfilebrowser.cpp" line="158"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/widgets/layerfilebrowser.cpp" line="158"/>
        <source>From layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/widgets/layerfilebrowser.cpp" line="160"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/widgets/layerfilebrowser.cpp" line="173"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/widgets/layerfilebrowser.cpp" line="112"/>
        <source>Double-click a file to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/widgets/layerfilebrowser.cpp" line="208"/>
        <source>a symbolic link to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerProgressList</name>
    <message>
        <location filename="../gui/images/layerprogresslist.cpp" line="103"/>
        <source>%1 / %2 · %3/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerStackView</name>
    <message>
        <location filename="../gui/widgets/layerstackview.cpp" line="8"/>
        <source>Layer stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/widgets/layerstackview.cpp" line="50"/>
        <source>read-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/widgets/layerstackview.cpp" line="50"/>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerStatus</name>
    <message>
        <location filename="../gui/images/layerprogresslist.cpp" line="19"/>
        <source>Pulling fs layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/layerprogresslist.cpp" line="19"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/layerprogresslist.cpp" line="20"/>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/layerprogresslist.cpp" line="20"/>
        <source>Verifying Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/layerprogresslist.cpp" line="21"/>
        <source>Download complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/layerprogresslist.cpp" line="21"/>
        <source>Extracting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/layerprogresslist.cpp" line="22"/>
        <source>Pull complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/layerprogresslist.cpp" line="22"/>
        <source>Already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/layerprogresslist.cpp" line="23"/>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/layerprogresslist.cpp" line="23"/>
        <source>Pushing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/layerprogresslist.cpp" line="24"/>
        <source>Pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/layerprogresslist.cpp" line="24"/>
        <source>Layer already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/layerprogresslist.cpp" line="33"/>
        <source>Mounted from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <location filename="../gui/lesson/lessonpanel.cpp" line="45"/>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lesson/lessonpanel.cpp" line="46"/>
        <source>Skip this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lesson/lessonpanel.cpp" line="46"/>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lesson/lessonpanel.cpp" line="61"/>
        <source>Move on without this step (for a teacher); it stays unticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lesson/lessonpanel.cpp" line="95"/>
        <source>en</source>
        <comment>the language code of the built-in lesson file: zh_CN in Chinese</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lesson/lessonpanel.cpp" line="116"/>
        <source>The lesson %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lesson/lessonpanel.cpp" line="260"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lesson/lessonpanel.cpp" line="263"/>
        <source>No lesson yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lesson/lessonpanel.cpp" line="264"/>
        <source>Help → Lesson opens the lesson on the container lifecycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lesson/lessonpanel.cpp" line="279"/>
        <source>Lesson done: %1 of %2 steps seen happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lesson/lessonpanel.cpp" line="295"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lesson/lessonpanel.cpp" line="308"/>
        <source>A container named %1 already exists (made before this step), so this step&apos;s create would fail: the name is taken. Remove it first: type `docker rm -f %1` or press Remove %1 below; or skip this step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleDiagram</name>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="46"/>
        <source>Container lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="59"/>
        <source>exits by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="110"/>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="111"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="112"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="113"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="114"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="115"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="148"/>
        <source>When the main process ends, the container stops by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="149"/>
        <source>Makes a new container from an image: use the command bar (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="152"/>
        <source>Click to run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="154"/>
        <source>Select a container first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="157"/>
        <source>The container is %1; this command starts from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="401"/>
        <source>An image: a stack of read-only layers. create or run makes a container from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="403"/>
        <source>Running: its main process runs. pause freezes it; stop sends SIGTERM, waits, then SIGKILL; kill sends SIGKILL at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="404"/>
        <source>Paused: the cgroup freezer holds all its processes where they are; unpause lets them go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="405"/>
        <source>Stopped: the process has ended. The writable layer is kept, so start runs it again with its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="406"/>
        <source>Deleted: rm removed the container and its writable layer; the image stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="204"/>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="205"/>
        <source>%1
Docker: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="402"/>
        <source>Created: the container exists (its configuration and an empty writable layer), but no process runs yet. start mounts the writable layer over the image&apos;s layers, takes an IP and runs the command.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecyclePane</name>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="30"/>
        <location filename="../gui/containers/lifecyclepane.cpp" line="303"/>
        <source>Select a container to see its lifecycle. Click a command to run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="57"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="58"/>
        <source>Copy the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="269"/>
        <source>overlayfs, unmounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="270"/>
        <source>address released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="375"/>
        <location filename="../gui/containers/lifecyclepane.cpp" line="384"/>
        <source>SIGTERM sent: %1 s left before SIGKILL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="385"/>
        <source>Timeout reached: SIGKILL sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="394"/>
        <source>the process ignored SIGTERM for %1 s, so SIGKILL ended it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="395"/>
        <source>the process ended on SIGTERM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="71"/>
        <source>stop: SIGKILL after </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="72"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="73"/>
        <source>How long stop and restart wait for the process to end after SIGTERM (stop -t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="107"/>
        <source>Slow motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="109"/>
        <source>The engine waits before each step of run and stop until you press Next, so you can explain it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="110"/>
        <source>Next every 2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="112"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="271"/>
        <source>exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="276"/>
        <source>overlayfs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="278"/>
        <source>no network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="301"/>
        <source>%1: click a command in the diagram to run it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../gui/images/logindialog.cpp" line="17"/>
        <source>Log in to a registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/logindialog.cpp" line="20"/>
        <source>docker.io, or host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/logindialog.cpp" line="28"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/logindialog.cpp" line="30"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/logindialog.cpp" line="33"/>
        <source>Registry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/logindialog.cpp" line="34"/>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/logindialog.cpp" line="35"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/logindialog.cpp" line="56"/>
        <source>Checking the credentials with the registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/logindialog.cpp" line="68"/>
        <source>Login Succeeded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/logindialog.cpp" line="85"/>
        <source>Logged out of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/logindialog.cpp" line="85"/>
        <source>Not logged in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogsView</name>
    <message>
        <location filename="../gui/containers/logsview.cpp" line="32"/>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/logsview.cpp" line="32"/>
        <source>Timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/logsview.cpp" line="41"/>
        <source>Search the logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/logsview.cpp" line="100"/>
        <source>A terminal&apos;s output is shown as the terminal showed it, without timestamps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="44"/>
        <source>Porthole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="67"/>
        <location filename="../gui/app/mainwindow.cpp" line="166"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="69"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="71"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="72"/>
        <source>Pull image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="73"/>
        <source>Build busybox starter image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="76"/>
        <source>Save the selected image with all its layers and settings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="121"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="122"/>
        <source>Lesson: the container lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="130"/>
        <source>Open a lesson file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="131"/>
        <source>Open a lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="131"/>
        <source>Lessons (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="157"/>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="167"/>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="168"/>
        <source>Disk usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="278"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="74"/>
        <source>Save image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="84"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="86"/>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="90"/>
        <source>The selected container&apos;s lifecycle on the full screen, large and high contrast, for a projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="104"/>
        <source>Zoom the diagram in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="105"/>
        <source>Zoom the diagram out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="106"/>
        <source>Fit the diagram</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewContainerDialog</name>
    <message>
        <location filename="../gui/containers/newcontainerdialog.cpp" line="17"/>
        <source>-i  keep standard input open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/newcontainerdialog.cpp" line="18"/>
        <source>-t  give it a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/newcontainerdialog.cpp" line="18"/>
        <source>Start it now (run = create + start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/newcontainerdialog.cpp" line="21"/>
        <source>New container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/newcontainerdialog.cpp" line="27"/>
        <source>generated when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/newcontainerdialog.cpp" line="29"/>
        <source>the image&apos;s command when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/newcontainerdialog.cpp" line="33"/>
        <source>e.g. 127.0.0.1:8080:80</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/newcontainerdialog.cpp" line="47"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/newcontainerdialog.cpp" line="48"/>
        <source>Name (--name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/newcontainerdialog.cpp" line="49"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/newcontainerdialog.cpp" line="50"/>
        <source>Network (--network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/newcontainerdialog.cpp" line="51"/>
        <source>Publish (-p)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/newcontainerdialog.cpp" line="55"/>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/newcontainerdialog.cpp" line="91"/>
        <source>Choose an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/newcontainerdialog.cpp" line="95"/>
        <source>The command has an unfinished quote or escape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/newcontainerdialog.cpp" line="99"/>
        <source>%1 has no command of its own (no CMD): type one, e.g. sh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/newcontainerdialog.cpp" line="104"/>
        <source>%1 is not a port to publish: write [HOST-IP:]HOST-PORT:CONTAINER-PORT[/udp], e.g. 8080:80.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PruneDialog</name>
    <message>
        <location filename="../gui/widgets/prunedialog.cpp" line="64"/>
        <source>Remove stopped containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/widgets/prunedialog.cpp" line="65"/>
        <source>Remove dangling images (no tag, no container)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/widgets/prunedialog.cpp" line="66"/>
        <source>Remove images no container uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/widgets/prunedialog.cpp" line="67"/>
        <source>Remove networks no container uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/widgets/prunedialog.cpp" line="68"/>
        <source>Remove anonymous volumes no container uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/widgets/prunedialog.cpp" line="69"/>
        <source>Remove all volumes no container uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/widgets/prunedialog.cpp" line="94"/>
        <source>Nothing to remove: everything is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/widgets/prunedialog.cpp" line="95"/>
        <source>%n item(s) will be removed, freeing %1:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/widgets/prunedialog.cpp" line="103"/>
        <source>The same with the command line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/widgets/prunedialog.cpp" line="108"/>
        <source>Remove these</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PruneRunner</name>
    <message>
        <location filename="../gui/widgets/prunedialog.cpp" line="133"/>
        <source>Looking for what %1 would remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/widgets/prunedialog.cpp" line="149"/>
        <source>Nothing removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/widgets/prunedialog.cpp" line="153"/>
        <source>Running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/widgets/prunedialog.cpp" line="167"/>
        <source>Done: %1 (%2 freed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PullDialog</name>
    <message>
        <location filename="../gui/images/pulldialog.cpp" line="51"/>
        <source>Pull an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/pulldialog.cpp" line="54"/>
        <source>busybox, nginx:alpine, localhost:5000/team/app:v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/pulldialog.cpp" line="57"/>
        <source>this machine&apos;s (e.g. linux/arm64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/pulldialog.cpp" line="60"/>
        <source>%1 is how the registry names this layer: the start of the digest of its compressed bytes. The Layers pane names it by the digest of its uncompressed content (its diff_id in the image config).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/pulldialog.cpp" line="62"/>
        <source>Pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/pulldialog.cpp" line="65"/>
        <source>Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/pulldialog.cpp" line="66"/>
        <source>Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/pulldialog.cpp" line="131"/>
        <source>Pulling %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/pulldialog.cpp" line="132"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/pulldialog.cpp" line="152"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/pulldialog.cpp" line="152"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/pulldialog.cpp" line="153"/>
        <source>Cancelled: nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/pulldialog.cpp" line="159"/>
        <source>Pulled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/pulldialog.cpp" line="159"/>
        <source>Pulled %1 · digest %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/pulldialog.cpp" line="160"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/pulldialog.cpp" line="171"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PushDialog</name>
    <message>
        <location filename="../gui/images/pushdialog.cpp" line="16"/>
        <source>Push an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/pushdialog.cpp" line="23"/>
        <source>The name says where it goes: localhost:5000/team/app:v1 goes to the registry at localhost:5000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/pushdialog.cpp" line="24"/>
        <source>%1 is this layer as the Layers pane names it: the start of the digest of its uncompressed content (its diff_id). The registry stores it compressed, under the digest of those bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/pushdialog.cpp" line="26"/>
        <source>Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/pushdialog.cpp" line="29"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/pushdialog.cpp" line="45"/>
        <source>Pushing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/pushdialog.cpp" line="55"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/pushdialog.cpp" line="55"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/pushdialog.cpp" line="56"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/pushdialog.cpp" line="60"/>
        <source>Pushed: digest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/pushdialog.cpp" line="62"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/pushdialog.cpp" line="71"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryActions</name>
    <message>
        <location filename="../gui/images/registryactions.cpp" line="14"/>
        <source>Pull…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/registryactions.cpp" line="17"/>
        <source>Push…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/registryactions.cpp" line="21"/>
        <source>Log in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/registryactions.cpp" line="46"/>
        <source>Pulled %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryTransfer</name>
    <message>
        <location filename="../gui/images/registrytransfer.cpp" line="72"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/registrytransfer.cpp" line="81"/>
        <source>log in to the registry (Log in…) if the repository is private, or check its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/registrytransfer.cpp" line="78"/>
        <source>the registry could not be reached: check its host and port, that it is running, and the network or a mirror in registries.conf; offline, import, load or build an image instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/registrytransfer.cpp" line="83"/>
        <source>the registry has no image by that name and tag: check both (tags complete as you type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/registrytransfer.cpp" line="85"/>
        <source>the registry&apos;s certificate is not trusted: put its CA in /etc/docker/certs.d/HOST:PORT/ca.crt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/registrytransfer.cpp" line="87"/>
        <source>the registry limits pulls: log in, wait, or use a mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/images/registrytransfer.cpp" line="89"/>
        <source>names look like busybox, nginx:alpine or localhost:5000/team/app:v1, in lowercase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunStepsView</name>
    <message>
        <location filename="../gui/containers/runstepsview.cpp" line="12"/>
        <source>&lt;b&gt;run = create + start&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/runstepsview.cpp" line="76"/>
        <source>Look for the image locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/runstepsview.cpp" line="77"/>
        <source>Create the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/runstepsview.cpp" line="78"/>
        <source>Add a writable layer over the read-only image layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/runstepsview.cpp" line="79"/>
        <source>Take an IP from the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/containers/runstepsview.cpp" line="80"/>
        <source>Start the command</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsColumnsProxy</name>
    <message>
        <location filename="../gui/stats/statscolumns.cpp" line="68"/>
        <source>%1 of one CPU&apos;s time, measured over the last second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/stats/statscolumns.cpp" line="68"/>
        <source>%1 (%2 of its limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/stats/statscolumns.cpp" line="75"/>
        <source>CPU %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/stats/statscolumns.cpp" line="77"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/stats/statscolumns.cpp" line="102"/>
        <source>Show CPU and memory columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsGraphs</name>
    <message>
        <location filename="../gui/stats/statsgraphs.cpp" line="13"/>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/stats/statsgraphs.cpp" line="54"/>
        <source>CPU %1 · memory %2 (%3) · network %4 · block I/O %5 · %n process(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/stats/statsgraphs.cpp" line="72"/>
        <source>Select a container to see its CPU, memory, network and disk use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/stats/statsgraphs.cpp" line="74"/>
        <source>%1 is not running: only a running container uses CPU and memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/stats/statsgraphs.cpp" line="76"/>
        <source>Measuring %1… the first figures come within two seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/stats/statsgraphs.cpp" line="86"/>
        <source>CPU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/stats/statsgraphs.cpp" line="90"/>
        <source>Memory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/stats/statsgraphs.cpp" line="94"/>
        <source>no limit (-m): up to the host&apos;s %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/stats/statsgraphs.cpp" line="96"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/stats/statsgraphs.cpp" line="96"/>
        <source>received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/stats/statsgraphs.cpp" line="97"/>
        <source>sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/stats/statsgraphs.cpp" line="99"/>
        <source>Block I/O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/stats/statsgraphs.cpp" line="99"/>
        <source>read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/stats/statsgraphs.cpp" line="100"/>
        <source>written %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/stats/statsgraphs.cpp" line="145"/>
        <source>limit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <location filename="../gui/app/statustext.cpp" line="10"/>
        <source>Less than a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/statustext.cpp" line="11"/>
        <source>1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/statustext.cpp" line="12"/>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/statustext.cpp" line="13"/>
        <source>About a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/statustext.cpp" line="14"/>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/statustext.cpp" line="15"/>
        <source>About an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/statustext.cpp" line="16"/>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/statustext.cpp" line="17"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/statustext.cpp" line="18"/>
        <source>%1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/statustext.cpp" line="19"/>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/statustext.cpp" line="20"/>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/statustext.cpp" line="35"/>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/statustext.cpp" line="43"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/statustext.cpp" line="45"/>
        <source>Up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/statustext.cpp" line="47"/>
        <location filename="../gui/containers/containerspage.cpp" line="160"/>
        <source>Up %1 (Paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/statustext.cpp" line="49"/>
        <location filename="../gui/containers/containerspage.cpp" line="159"/>
        <location filename="../gui/containers/containerspage.cpp" line="161"/>
        <source>Exited (%1) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/statustext.cpp" line="51"/>
        <location filename="../gui/containers/containerspage.cpp" line="161"/>
        <source>Removal In Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/statustext.cpp" line="53"/>
        <source>Dead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferController</name>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="106"/>
        <source>Tar archives (*.tar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="120"/>
        <source>another transfer is running; wait for it or cancel it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="130"/>
        <location filename="../gui/transfers/transfercontroller.cpp" line="201"/>
        <source>Running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="131"/>
        <source>Saving image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="132"/>
        <source>Exporting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="133"/>
        <source>Migrating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="141"/>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="168"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="183"/>
        <source>Nothing changed: %1 was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="204"/>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="204"/>
        <source>Loading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="180"/>
        <source>Name the image for %1 and press Import, or Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="181"/>
        <source>Check what %1 holds and press Load, or Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="224"/>
        <source>Imported %1 as an untagged image %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="225"/>
        <source>Imported %1 as %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="214"/>
        <source>Loaded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="109"/>
        <source>Import a root filesystem tarball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="110"/>
        <source>Tar archives (*.tar *.tar.gz *.tgz *.tar.xz *.tar.bz2 *.tar.zst);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="95"/>
        <source>Export the filesystem of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="96"/>
        <source>Migrate %1 with its settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="97"/>
        <source>Save the image %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferPanel</name>
    <message>
        <location filename="../gui/transfers/transferpanel.cpp" line="12"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/transferpanel.cpp" line="30"/>
        <source>%1: cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/transferpanel.cpp" line="64"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/transferpanel.cpp" line="67"/>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/transfers/transferpanel.cpp" line="69"/>
        <source>%1 s left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolumeListModel</name>
    <message>
        <location filename="../gui/volumes/volumelistmodel.cpp" line="39"/>
        <source>unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumelistmodel.cpp" line="53"/>
        <source>%1
anonymous: made for one container; rm -v removes it with that container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumelistmodel.cpp" line="64"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumelistmodel.cpp" line="65"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumelistmodel.cpp" line="66"/>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumelistmodel.cpp" line="67"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumelistmodel.cpp" line="68"/>
        <source>Mount point</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolumesPage</name>
    <message>
        <location filename="../gui/volumes/volumespage.cpp" line="84"/>
        <source>Create a volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumespage.cpp" line="84"/>
        <source>Name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumespage.cpp" line="95"/>
        <source>Create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumespage.cpp" line="96"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumespage.cpp" line="98"/>
        <source>Remove the selected volume and its data (%1); refused while a container uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumespage.cpp" line="100"/>
        <source>Prune…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumespage.cpp" line="102"/>
        <source>Show the volumes no container uses, then remove them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumespage.cpp" line="111"/>
        <source>A volume keeps data outside every container&apos;s writable layer: it stays when its containers are removed, and several containers can use it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumespage.cpp" line="118"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumespage.cpp" line="119"/>
        <source>Inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumespage.cpp" line="179"/>
        <source>%1 is used by no container: `volume prune -a` would remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumespage.cpp" line="180"/>
        <source>%1 is mounted by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumespage.cpp" line="181"/>
        <source>Files in the volume (read-only view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumespage.cpp" line="187"/>
        <source>Running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumespage.cpp" line="196"/>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../gui/app/main.cpp" line="45"/>
        <source>Porthole: see how containers work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/main.cpp" line="48"/>
        <source>Store directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/main.cpp" line="49"/>
        <source>Runtime state directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app/main.cpp" line="51"/>
        <source>Print the time of the first painted container list, then quit (for benchmarks)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>porthole::ArchiveProbe</name>
    <message>
        <location filename="../core/images/archiveprobe.cpp" line="109"/>
        <source>Docker image archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/images/archiveprobe.cpp" line="110"/>
        <source>OCI image layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/images/archiveprobe.cpp" line="117"/>
        <source>root filesystem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>porthole::ContainerEngine</name>
    <message>
        <location filename="../core/containers/engine_start.cpp" line="91"/>
        <source>%1 read-only + 1 writable (overlayfs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/containers/engine_create.cpp" line="216"/>
        <source>pulling %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>porthole::Stats</name>
    <message>
        <location filename="../core/cli/commands_stats.cpp" line="24"/>
        <source>Note: a normal user&apos;s containers have no cgroup of their own: CPU, memory (Pss), block I/O and PIDs are summed from /proc/PID/stat, smaps_rollup and io of each container&apos;s processes; NET I/O from its network namespace; the limit is the host&apos;s memory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
