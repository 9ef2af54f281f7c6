<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiServicePanel</name>
    <message>
        <location filename="../gui/app/apiservicepanel.cpp" line="20"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../gui/app/apiservicepanel.cpp" line="21"/>
        <source>Copy the DOCKER_HOST line: paste it in a terminal, then docker and docker-compose use Porthole</source>
        <translation>复制 DOCKER_HOST 这一行：粘贴到终端里，docker 和 docker-compose 就会使用 Porthole</translation>
    </message>
    <message>
        <location filename="../gui/app/apiservicepanel.cpp" line="80"/>
        <source>Docker API: %1</source>
        <translation>Docker API：%1</translation>
    </message>
    <message>
        <location filename="../gui/app/apiservicepanel.cpp" line="82"/>
        <source>Docker API stopped: %1</source>
        <translation>Docker API 已停止：%1</translation>
    </message>
    <message>
        <location filename="../gui/app/apiservicepanel.cpp" line="84"/>
        <source>Docker API: starting…</source>
        <translation>Docker API：正在启动…</translation>
    </message>
    <message>
        <location filename="../gui/app/apiservicepanel.cpp" line="84"/>
        <source>Docker API: off</source>
        <translation>Docker API：未开启</translation>
    </message>
    <message>
        <location filename="../gui/app/apiservicepanel.cpp" line="86"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../gui/app/apiservicepanel.cpp" line="86"/>
        <source>Start</source>
        <translation>启动</translation>
    </message>
</context>
<context>
    <name>CommandBar</name>
    <message>
        <location filename="../gui/app/commandbar.cpp" line="147"/>
        <source>(exit code %1)</source>
        <translation>（退出码 %1）</translation>
    </message>
    <message>
        <location filename="../gui/app/commandbar.cpp" line="149"/>
        <source>(no output)</source>
        <translation>（无输出）</translation>
    </message>
    <message>
        <location filename="../gui/app/commandbar.cpp" line="28"/>
        <source>Type a command, e.g. docker create -it --name=busybox busybox, docker ps -a, docker rm -f busybox</source>
        <translation>输入命令，例如 docker create -it --name=busybox busybox、docker ps -a、docker rm -f busybox</translation>
    </message>
    <message>
        <location filename="../gui/app/commandbar.cpp" line="96"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../gui/app/commandbar.cpp" line="31"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../gui/app/commandbar.cpp" line="32"/>
        <source>Stop following the command: logs -f and wait end; an attached run detaches and its container keeps running</source>
        <translation>不再跟随这条命令：logs -f 和 wait 随之结束；附加运行的 run 会分离，容器继续运行</translation>
    </message>
    <message>
        <location filename="../gui/app/commandbar.cpp" line="40"/>
        <source>What the commands print shows here. Drag the bar above to make it taller.</source>
        <translation>命令的输出显示在这里。拖动上方的分隔条可以把它拉高。</translation>
    </message>
    <message>
        <location filename="../gui/app/commandbar.cpp" line="156"/>
        <source>run -it is create + start: %1, then an attach console that starts it (Consoles tab)</source>
        <translation>run -it 就是 create + start：先 %1，再打开一个附加控制台并由它启动容器（控制台标签页）</translation>
    </message>
    <message>
        <location filename="../gui/app/commandbar.cpp" line="170"/>
        <source>Container %1 created; its console attaches, then starts it. Ctrl+P Ctrl+Q detaches and leaves it running.</source>
        <translation>容器 %1 已创建；它的控制台先附加，再启动它。按 Ctrl+P Ctrl+Q 分离，容器继续运行。</translation>
    </message>
    <message>
        <location filename="../gui/app/commandbar.cpp" line="183"/>
        <source>exec -it runs %1 on a terminal of its own: an exec console opens (Consoles tab).</source>
        <translation>exec -it 在一个独立的终端里运行 %1：已打开一个 exec 控制台（控制台标签页）。</translation>
    </message>
    <message>
        <location filename="../gui/app/commandbar.cpp" line="184"/>
        <source>a shell</source>
        <translation>一个 shell</translation>
    </message>
    <message>
        <location filename="../gui/app/commandbar.cpp" line="187"/>
        <source>start -a: an attach console opens and starts %1 (Consoles tab).</source>
        <translation>start -a：打开一个附加控制台并启动 %1（控制台标签页）。</translation>
    </message>
    <message>
        <location filename="../gui/app/commandbar.cpp" line="188"/>
        <source>attach joins the main process of %1: an attach console opens (Consoles tab). Ctrl+P Ctrl+Q detaches.</source>
        <translation>attach 接入 %1 的主进程：已打开一个附加控制台（控制台标签页）。按 Ctrl+P Ctrl+Q 分离。</translation>
    </message>
    <message>
        <location filename="../gui/app/commandbar.cpp" line="213"/>
        <source>Stopped following it.</source>
        <translation>已不再跟随这条命令。</translation>
    </message>
</context>
<context>
    <name>CommandPlan</name>
    <message>
        <location filename="../gui/app/commandplan.cpp" line="56"/>
        <source>%1 %2: images do not come from a registry here yet. They arrive three ways: the starter image (Images → Build busybox:latest, or porthole image build-busybox), a root filesystem tar imported (Import…, docker import FILE NAME:TAG) or an image archive loaded (drop a saved .tar on the window, docker load -i FILE).</source>
        <translation>%1 %2：这里的镜像暂时还不能从镜像仓库拉取。镜像有三种来路：入门镜像（镜像 → 构建 busybox:latest，或 porthole image build-busybox）、导入一个根文件系统 tar（导入…，docker import FILE NAME:TAG），或加载一个镜像归档（把保存的 .tar 拖到窗口上，docker load -i FILE）。</translation>
    </message>
    <message>
        <location filename="../gui/app/commandplan.cpp" line="61"/>
        <source>The command bar takes docker or porthole commands, as a tutorial writes them: docker ps -a, docker run -d busybox sleep 600. “%1” is not one: to run a shell command inside a container, open a console on it (Consoles → Exec shell) or type docker exec CONTAINER %1.</source>
        <translation>命令栏接受教程里那样的 docker 或 porthole 命令：docker ps -a、docker run -d busybox sleep 600。“%1”不是这样的命令：要在容器里运行 shell 命令，请在容器上打开一个控制台（控制台 → 执行 shell），或输入 docker exec 容器 %1。</translation>
    </message>
</context>
<context>
    <name>ConsoleArea</name>
    <message>
        <location filename="../gui/containers/consolearea.cpp" line="54"/>
        <source>Close this console</source>
        <translation>关闭这个控制台</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <location filename="../gui/containers/consolesession.cpp" line="194"/>
        <source>the container exited with code %1</source>
        <translation>容器已退出，退出码 %1</translation>
    </message>
    <message>
        <location filename="../gui/containers/consolesession.cpp" line="195"/>
        <source>the process exited with code %1</source>
        <translation>进程已退出，退出码 %1</translation>
    </message>
    <message>
        <location filename="../gui/containers/consolesession.cpp" line="269"/>
        <source>detached: the container keeps running</source>
        <translation>已分离：容器继续运行</translation>
    </message>
</context>
<context>
    <name>ConsolesPane</name>
    <message>
        <location filename="../gui/containers/consolespane.cpp" line="15"/>
        <source>Attach</source>
        <translation>附加（attach）</translation>
    </message>
    <message>
        <location filename="../gui/containers/consolespane.cpp" line="16"/>
        <source>Exec shell</source>
        <translation>执行 shell（exec）</translation>
    </message>
    <message>
        <location filename="../gui/containers/consolespane.cpp" line="16"/>
        <location filename="../gui/containers/consolespane.cpp" line="99"/>
        <source>nsenter</source>
        <translation>nsenter</translation>
    </message>
    <message>
        <location filename="../gui/containers/consolespane.cpp" line="31"/>
        <source>&lt;b&gt;attach&lt;/b&gt; joins the container&apos;s main process: every attached console sees the same screen and types into the same input; leaving (Ctrl+P Ctrl+Q, or closing the tab) keeps it running. &lt;b&gt;exec&lt;/b&gt; starts a new process (a shell) inside the container, on its own terminal. &lt;b&gt;nsenter&lt;/b&gt; enters the container&apos;s namespaces from the host with util-linux, as root, using the process id from inspect.</source>
        <translation>&lt;b&gt;attach&lt;/b&gt; 连接到容器的主进程：所有附加的控制台看到同一个屏幕、共用同一个输入；离开（Ctrl+P Ctrl+Q，或关闭标签页）后容器继续运行。&lt;b&gt;exec&lt;/b&gt; 在容器里启动一个新进程（一个 shell），拥有自己的终端。&lt;b&gt;nsenter&lt;/b&gt; 以 root 身份在宿主机上用 util-linux 进入容器的命名空间，使用 inspect 给出的进程号。</translation>
    </message>
    <message>
        <location filename="../gui/containers/consolespane.cpp" line="79"/>
        <source>Select a running container, then open a console.</source>
        <translation>请选择一个运行中的容器，然后打开控制台。</translation>
    </message>
    <message>
        <location filename="../gui/containers/consolespane.cpp" line="75"/>
        <source>No container selected</source>
        <translation>未选择容器</translation>
    </message>
    <message>
        <location filename="../gui/containers/consolespane.cpp" line="75"/>
        <source>Consoles of %1</source>
        <translation>%1 的控制台</translation>
    </message>
    <message>
        <location filename="../gui/containers/consolespane.cpp" line="81"/>
        <source>%1 runs: open a console with Attach, Exec shell or nsenter above.</source>
        <translation>%1 正在运行：用上方的“附加（attach）”、“执行 shell（exec）”或 nsenter 打开一个控制台。</translation>
    </message>
    <message>
        <location filename="../gui/containers/consolespane.cpp" line="83"/>
        <source>%1 is not running: start it, then open a console.</source>
        <translation>%1 没有在运行：先启动它，再打开控制台。</translation>
    </message>
    <message>
        <location filename="../gui/containers/consolespane.cpp" line="99"/>
        <source>attach</source>
        <translation>attach</translation>
    </message>
    <message>
        <location filename="../gui/containers/consolespane.cpp" line="99"/>
        <source>exec</source>
        <translation>exec</translation>
    </message>
    <message>
        <location filename="../gui/containers/consolespane.cpp" line="17"/>
        <source>Side by side</source>
        <translation>并排显示</translation>
    </message>
    <message>
        <location filename="../gui/containers/consolespane.cpp" line="24"/>
        <source>Show every console of the container at once: two attach consoles mirror each other, two exec shells do not</source>
        <translation>同时显示这个容器的所有控制台：两个附加（attach）控制台互为镜像，两个 exec shell 则各自独立</translation>
    </message>
</context>
<context>
    <name>ContainerActions</name>
    <message>
        <location filename="../gui/containers/containeractions.cpp" line="12"/>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <location filename="../gui/containers/containeractions.cpp" line="13"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../gui/containers/containeractions.cpp" line="14"/>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <location filename="../gui/containers/containeractions.cpp" line="15"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../gui/containers/containeractions.cpp" line="16"/>
        <source>Unpause</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../gui/containers/containeractions.cpp" line="17"/>
        <source>Kill</source>
        <translation>强制终止</translation>
    </message>
    <message>
        <location filename="../gui/containers/containeractions.cpp" line="18"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../gui/containers/containeractions.cpp" line="19"/>
        <source>Force remove</source>
        <translation>强制删除</translation>
    </message>
</context>
<context>
    <name>ContainerCopies</name>
    <message>
        <location filename="../gui/transfers/containercopies.cpp" line="47"/>
        <source>Another transfer is running: wait for it, or cancel it</source>
        <translation>另一个传输正在进行：请等待它完成或取消它</translation>
    </message>
    <message>
        <location filename="../gui/transfers/containercopies.cpp" line="50"/>
        <source>Running: %1</source>
        <translation>正在运行：%1</translation>
    </message>
    <message>
        <location filename="../gui/transfers/containercopies.cpp" line="51"/>
        <source>Copying into the container</source>
        <translation>正在复制到容器中</translation>
    </message>
    <message>
        <location filename="../gui/transfers/containercopies.cpp" line="67"/>
        <source>Copied %1: %2</source>
        <translation>已复制 %1：%2</translation>
    </message>
    <message>
        <location filename="../gui/transfers/containercopies.cpp" line="78"/>
        <source>Copying out of the container</source>
        <translation>正在从容器中复制出来</translation>
    </message>
    <message>
        <location filename="../gui/transfers/containercopies.cpp" line="92"/>
        <source>Copied out to %1</source>
        <translation>已复制到 %1</translation>
    </message>
</context>
<context>
    <name>ContainerDetails</name>
    <message>
        <location filename="../gui/containers/containerdetails.cpp" line="51"/>
        <location filename="../gui/containers/containerdetails.cpp" line="137"/>
        <source>container layer</source>
        <translation>容器层</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerdetails.cpp" line="54"/>
        <source>layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerdetails.cpp" line="58"/>
        <source>Merged view (what the container sees)</source>
        <translation>合并视图（容器看到的文件）</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerdetails.cpp" line="60"/>
        <source>Changes (diff: added, changed, deleted)</source>
        <translation>改动（diff：新增、修改、删除）</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerdetails.cpp" line="61"/>
        <source>Container layer (writable)</source>
        <translation>容器层（读写层）</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerdetails.cpp" line="65"/>
        <source>Layer %1 · %2 (read-only)</source>
        <translation>第 %1 层 · %2（只读）</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerdetails.cpp" line="79"/>
        <location filename="../gui/containers/containerdetails.cpp" line="168"/>
        <location filename="../gui/containers/containerdetails.cpp" line="184"/>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerdetails.cpp" line="80"/>
        <source>Layers and files</source>
        <translation>分层与文件</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerdetails.cpp" line="81"/>
        <source>Inspect</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerdetails.cpp" line="82"/>
        <source>Consoles</source>
        <translation>控制台</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerdetails.cpp" line="83"/>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerdetails.cpp" line="84"/>
        <source>Stats</source>
        <translation>资源统计</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/containers/containerdetails.cpp" line="129"/>
        <source>%1 (ps --size), %n change(s) (diff) · removed with the container</source>
        <translation>
            <numerusform>%1（ps --size），%n 处改动（diff）· 随容器一起删除</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/containers/containerdetails.cpp" line="130"/>
        <source>%1 (ps --size) · removed with the container</source>
        <translation>%1（ps --size）· 随容器一起删除</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerdetails.cpp" line="140"/>
        <source>%1 = writable layer over image %2</source>
        <translation>%1 = 镜像 %2 之上的读写层</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerdetails.cpp" line="164"/>
        <source>Porthole: %1 (F11 or Esc to leave)</source>
        <translation>Porthole：%1（按 F11 或 Esc 退出）</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerdetails.cpp" line="166"/>
        <source>The lifecycle is on the full screen. F11 or Esc brings it back.</source>
        <translation>生命周期图正在全屏显示。按 F11 或 Esc 返回。</translation>
    </message>
</context>
<context>
    <name>ContainerListModel</name>
    <message>
        <location filename="../gui/containers/containerlistmodel.cpp" line="112"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerlistmodel.cpp" line="113"/>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerlistmodel.cpp" line="114"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerlistmodel.cpp" line="115"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerlistmodel.cpp" line="116"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerlistmodel.cpp" line="117"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerlistmodel.cpp" line="118"/>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
</context>
<context>
    <name>ContainersPage</name>
    <message>
        <location filename="../gui/containers/containerspage.cpp" line="258"/>
        <source>Inspect</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerspage.cpp" line="259"/>
        <source>Files and layers</source>
        <translation>文件与分层</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerspage.cpp" line="404"/>
        <location filename="../gui/containers/containerspage.cpp" line="490"/>
        <source>Running: %1</source>
        <translation>正在运行：%1</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerspage.cpp" line="425"/>
        <location filename="../gui/containers/containerspage.cpp" line="503"/>
        <source>Done: %1</source>
        <translation>完成：%1</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerspage.cpp" line="226"/>
        <source>No containers yet. Make one with New… (Ctrl+N), or type docker run -d busybox sleep 600 in the command bar below.</source>
        <translation>还没有容器。用“新建…”（Ctrl+N）创建一个，或在下方命令栏输入 docker run -d busybox sleep 600。</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerspage.cpp" line="227"/>
        <source>No container matches the filter. Clear it (the × in the filter box) or choose All states.</source>
        <translation>没有容器符合筛选条件。清除筛选（筛选框中的 ×）或选择“所有状态”。</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerspage.cpp" line="465"/>
        <source>Next: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerspage.cpp" line="475"/>
        <source>SIG%1 sent. Next: wait up to %2 s for the process to end</source>
        <translation>已发送 SIG%1。下一步：最多等待 %2 秒，让进程自行结束</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerspage.cpp" line="481"/>
        <source>The process did not end in time. Next: SIGKILL</source>
        <translation>进程没有按时结束。下一步：SIGKILL</translation>
    </message>
</context>
<context>
    <name>ContainersToolbar</name>
    <message>
        <location filename="../gui/containers/containerstoolbar.cpp" line="13"/>
        <source>Containers</source>
        <translation>容器</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerstoolbar.cpp" line="16"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerstoolbar.cpp" line="19"/>
        <source>Create or run a container (%1)</source>
        <translation>创建或运行容器（%1）</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerstoolbar.cpp" line="23"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerstoolbar.cpp" line="26"/>
        <source>Export the container&apos;s filesystem as a tar (%1)</source>
        <translation>把容器的文件系统导出为 tar（%1）</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerstoolbar.cpp" line="27"/>
        <source>Migrate with settings…</source>
        <translation>连同设置迁移…</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerstoolbar.cpp" line="29"/>
        <source>Commit the container and save the image: its CMD, ENV and other settings travel too</source>
        <translation>提交容器并保存镜像：CMD、ENV 等设置一并迁移</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerstoolbar.cpp" line="37"/>
        <source>Drag out: export filesystem</source>
        <translation>拖出：导出文件系统</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerstoolbar.cpp" line="38"/>
        <source>Drag out: migrate with settings</source>
        <translation>拖出：连同设置迁移</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerstoolbar.cpp" line="59"/>
        <source>Filter (Ctrl+F)</source>
        <translation>筛选（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerstoolbar.cpp" line="66"/>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../gui/containers/containerstoolbar.cpp" line="69"/>
        <source>stopped</source>
        <translation>停止状态</translation>
    </message>
</context>
<context>
    <name>DiskPage</name>
    <message>
        <location filename="../gui/disk/diskpage.cpp" line="30"/>
        <source>Measuring…</source>
        <translation>正在测量…</translation>
    </message>
    <message>
        <location filename="../gui/disk/diskpage.cpp" line="43"/>
        <source>Free space (each shows what it removes first)</source>
        <translation>释放空间（每项都会先列出将删除的内容）</translation>
    </message>
    <message>
        <location filename="../gui/disk/diskpage.cpp" line="94"/>
        <source>%1 in all, %2 of it reclaimable. The same as text: %3</source>
        <translation>共 %1，其中 %2 可回收。对应的文字命令：%3</translation>
    </message>
</context>
<context>
    <name>DiskUsageChart</name>
    <message>
        <location filename="../gui/disk/diskusagechart.cpp" line="39"/>
        <location filename="../gui/disk/diskusagechart.cpp" line="123"/>
        <source>shared layers (stored once)</source>
        <translation>共享分层（只存一份）</translation>
    </message>
    <message>
        <location filename="../gui/disk/diskusagechart.cpp" line="66"/>
        <source>Images: %1 (%2 reclaimable)</source>
        <translation>镜像：%1（%2 可回收）</translation>
    </message>
    <message>
        <location filename="../gui/disk/diskusagechart.cpp" line="69"/>
        <source>Containers&apos; writable layers: %1 (%2 in stopped containers)</source>
        <translation>容器的读写层：%1（其中 %2 属于已停止的容器）</translation>
    </message>
    <message>
        <location filename="../gui/disk/diskusagechart.cpp" line="73"/>
        <source>Volumes: %1 (%2 unused)</source>
        <translation>数据卷：%1（%2 未使用）</translation>
    </message>
    <message>
        <location filename="../gui/disk/diskusagechart.cpp" line="81"/>
        <source>The store uses %1 (build cache: %2)</source>
        <translation>存储共占用 %1（构建缓存：%2）</translation>
    </message>
    <message>
        <location filename="../gui/disk/diskusagechart.cpp" line="81"/>
        <location filename="../gui/disk/diskusagechart.cpp" line="113"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>DockerWords</name>
    <message>
        <location filename="../gui/app/dockerwords.cpp" line="15"/>
        <source>The container %1 is not running.</source>
        <translation>容器 %1 没有在运行。</translation>
    </message>
    <message>
        <location filename="../gui/app/dockerwords.cpp" line="16"/>
        <source>The container %1 is already paused.</source>
        <translation>容器 %1 已经暂停。</translation>
    </message>
    <message>
        <location filename="../gui/app/dockerwords.cpp" line="17"/>
        <source>The container %1 is not paused.</source>
        <translation>容器 %1 没有暂停。</translation>
    </message>
    <message>
        <location filename="../gui/app/dockerwords.cpp" line="19"/>
        <source>The container %1 is paused: unpause it first.</source>
        <translation>容器 %1 已暂停：请先恢复（unpause）。</translation>
    </message>
    <message>
        <location filename="../gui/app/dockerwords.cpp" line="21"/>
        <source>The container %1 is running: stop it before removing it, or force remove it (rm -f).</source>
        <translation>容器 %1 正在运行：先停止再删除，或强制删除（rm -f）。</translation>
    </message>
    <message>
        <location filename="../gui/app/dockerwords.cpp" line="23"/>
        <source>The container %1 is paused: unpause and stop it before removing it, or force remove it (rm -f).</source>
        <translation>容器 %1 已暂停：先恢复并停止再删除，或强制删除（rm -f）。</translation>
    </message>
    <message>
        <location filename="../gui/app/dockerwords.cpp" line="24"/>
        <source>A paused container cannot be started: unpause it.</source>
        <translation>暂停的容器不能启动：请先恢复（unpause）。</translation>
    </message>
    <message>
        <location filename="../gui/app/dockerwords.cpp" line="26"/>
        <source>The container %1 is dead and cannot be started.</source>
        <translation>容器 %1 处于 dead 状态，无法启动。</translation>
    </message>
    <message>
        <location filename="../gui/app/dockerwords.cpp" line="27"/>
        <source>The container %1 is being removed.</source>
        <translation>容器 %1 正在被删除。</translation>
    </message>
    <message>
        <location filename="../gui/app/dockerwords.cpp" line="28"/>
        <location filename="../gui/app/dockerwords.cpp" line="51"/>
        <source>There is no container %1.</source>
        <translation>没有名为 %1 的容器。</translation>
    </message>
    <message>
        <location filename="../gui/app/dockerwords.cpp" line="29"/>
        <source>There is no image %1.</source>
        <translation>没有名为 %1 的镜像。</translation>
    </message>
    <message>
        <location filename="../gui/app/dockerwords.cpp" line="31"/>
        <source>The name %1 is taken by another container: choose another or remove that one.</source>
        <translation>名称 %1 已被另一个容器使用：换一个名称，或删除那个容器。</translation>
    </message>
    <message>
        <location filename="../gui/app/dockerwords.cpp" line="33"/>
        <source>The container %1 uses this image: remove the container first, or force (rmi -f).</source>
        <translation>容器 %1 正在使用这个镜像：先删除该容器，或强制删除（rmi -f）。</translation>
    </message>
    <message>
        <location filename="../gui/app/dockerwords.cpp" line="54"/>
        <source>%1 (Docker: %2)</source>
        <translation>%1（Docker：%2）</translation>
    </message>
</context>
<context>
    <name>DropDialog</name>
    <message>
        <location filename="../gui/transfers/dropdialog.cpp" line="16"/>
        <source>&lt;b&gt;export / import&lt;/b&gt; move a container&apos;s &lt;i&gt;files&lt;/i&gt;: export writes its merged filesystem as a tar; import makes a new one-layer image of it. Settings such as CMD, ENV or WORKDIR do not travel; give them again as changes.&lt;br&gt;&lt;b&gt;save / load&lt;/b&gt; move &lt;i&gt;images&lt;/i&gt;: every layer, the tags and the whole configuration. To keep a container&apos;s settings, migrate it: commit it to an image, then save that.</source>
        <translation>&lt;b&gt;export / import&lt;/b&gt; 搬运的是容器的&lt;i&gt;文件&lt;/i&gt;：export 把容器合并后的文件系统写成 tar；import 用它生成一个只有一层的新镜像。CMD、ENV、WORKDIR 等设置不会随之迁移，需要用 changes 重新指定。&lt;br&gt;&lt;b&gt;save / load&lt;/b&gt; 搬运的是&lt;i&gt;镜像&lt;/i&gt;：所有分层、标签和完整配置。要保留容器的设置，请迁移它：先 commit 成镜像，再 save。</translation>
    </message>
    <message>
        <location filename="../gui/transfers/dropdialog.cpp" line="26"/>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location filename="../gui/transfers/dropdialog.cpp" line="26"/>
        <source>Load %1</source>
        <translation>加载 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/transfers/dropdialog.cpp" line="32"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is a root filesystem tar: %n entries, %2 of files.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; 是一个根文件系统 tar：%n 项，文件共 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/transfers/dropdialog.cpp" line="35"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is a %2 with %n layer(s): %3.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; 是一个 %2，含 %n 层：%3。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/transfers/dropdialog.cpp" line="37"/>
        <source>untagged images</source>
        <translation>未打标签的镜像</translation>
    </message>
    <message>
        <location filename="../gui/transfers/dropdialog.cpp" line="45"/>
        <source>Files in the tar%1</source>
        <translation>tar 中的文件%1</translation>
    </message>
    <message>
        <location filename="../gui/transfers/dropdialog.cpp" line="45"/>
        <source> (the first %1)</source>
        <translation>（前 %1 项）</translation>
    </message>
    <message>
        <location filename="../gui/transfers/dropdialog.cpp" line="51"/>
        <source>repository:tag, e.g. busybox:test (empty: untagged)</source>
        <translation>仓库:标签，例如 busybox:test（留空则不打标签）</translation>
    </message>
    <message>
        <location filename="../gui/transfers/dropdialog.cpp" line="54"/>
        <source>One instruction per line, e.g. CMD [&quot;/bin/sh&quot;]</source>
        <translation>每行一条指令，例如 CMD [&quot;/bin/sh&quot;]</translation>
    </message>
    <message>
        <location filename="../gui/transfers/dropdialog.cpp" line="56"/>
        <source>Repository:tag</source>
        <translation>仓库:标签</translation>
    </message>
    <message>
        <location filename="../gui/transfers/dropdialog.cpp" line="57"/>
        <source>Changes (-c)</source>
        <translation>修改（-c）</translation>
    </message>
    <message>
        <location filename="../gui/transfers/dropdialog.cpp" line="61"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../gui/transfers/dropdialog.cpp" line="61"/>
        <source>Load</source>
        <translation>加载</translation>
    </message>
</context>
<context>
    <name>FileViewer</name>
    <message>
        <location filename="../gui/widgets/fileviewer.cpp" line="50"/>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <location filename="../gui/widgets/fileviewer.cpp" line="54"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../gui/widgets/fileviewer.cpp" line="67"/>
        <source>its bytes are not on disk yet (a file in a tar that is not imported)</source>
        <translation>它的内容还不在磁盘上（尚未导入的 tar 中的文件）</translation>
    </message>
    <message>
        <location filename="../gui/widgets/fileviewer.cpp" line="110"/>
        <source>%1 cannot be shown: %2</source>
        <translation>无法显示 %1：%2</translation>
    </message>
    <message>
        <location filename="../gui/widgets/fileviewer.cpp" line="116"/>
        <source>%1: a binary file of %2; its first bytes:</source>
        <translation>%1：二进制文件，大小 %2；开头的字节：</translation>
    </message>
    <message>
        <location filename="../gui/widgets/fileviewer.cpp" line="121"/>
        <source>%1: text, %2 (the first %3 shown)</source>
        <translation>%1：文本，%2（显示前 %3）</translation>
    </message>
    <message>
        <location filename="../gui/widgets/fileviewer.cpp" line="122"/>
        <source>%1: text, %2</source>
        <translation>%1：文本，%2</translation>
    </message>
</context>
<context>
    <name>HistoryStrip</name>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="12"/>
        <source>Container history</source>
        <translation>容器历史</translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="63"/>
        <source>network %1 %2</source>
        <translation>网络 %1 %2</translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="65"/>
        <source>die (exit %1)</source>
        <translation>退出（退出码 %1）</translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="67"/>
        <source>kill %1</source>
        <translation>发送信号 %1</translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="45"/>
        <source>create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="45"/>
        <source>start</source>
        <translation>启动</translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="46"/>
        <source>stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="46"/>
        <source>restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="47"/>
        <source>pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="47"/>
        <source>unpause</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="48"/>
        <source>destroy</source>
        <translation>销毁</translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="48"/>
        <source>attach</source>
        <translation>附加</translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="49"/>
        <source>detach</source>
        <translation>分离</translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="49"/>
        <source>export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="50"/>
        <source>commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="50"/>
        <source>rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="51"/>
        <source>connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="51"/>
        <source>disconnect</source>
        <translation>断开</translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="52"/>
        <source>exec_create</source>
        <translation>创建 exec</translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="52"/>
        <source>exec_start</source>
        <translation>启动 exec</translation>
    </message>
    <message>
        <location filename="../gui/containers/historystrip.cpp" line="53"/>
        <source>exec_die</source>
        <translation>exec 结束</translation>
    </message>
</context>
<context>
    <name>ImageActions</name>
    <message>
        <location filename="../gui/images/imageactions.cpp" line="13"/>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location filename="../gui/images/imageactions.cpp" line="20"/>
        <source>Run…</source>
        <translation>运行…</translation>
    </message>
    <message>
        <location filename="../gui/images/imageactions.cpp" line="20"/>
        <source>A new container from this image (%1)</source>
        <translation>用此镜像新建容器（%1）</translation>
    </message>
    <message>
        <location filename="../gui/images/imageactions.cpp" line="21"/>
        <source>Tag…</source>
        <translation>标记…</translation>
    </message>
    <message>
        <location filename="../gui/images/imageactions.cpp" line="21"/>
        <source>Another name for the same image (%1)</source>
        <translation>为同一镜像再起一个名字（%1）</translation>
    </message>
    <message>
        <location filename="../gui/images/imageactions.cpp" line="22"/>
        <location filename="../gui/images/imageactions.cpp" line="45"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../gui/images/imageactions.cpp" line="22"/>
        <source>Remove this name; the image goes with its last name (%1)</source>
        <translation>删除这个名字；最后一个名字删除时镜像也随之删除（%1）</translation>
    </message>
    <message>
        <location filename="../gui/images/imageactions.cpp" line="31"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../gui/images/imageactions.cpp" line="33"/>
        <source>Every layer, the tags and the configuration in one archive (%1)</source>
        <translation>把所有层、标签和配置存入一个归档（%1）</translation>
    </message>
    <message>
        <location filename="../gui/images/imageactions.cpp" line="34"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../gui/images/imageactions.cpp" line="36"/>
        <source>How each layer was made (%1)</source>
        <translation>每一层是如何生成的（%1）</translation>
    </message>
    <message>
        <location filename="../gui/images/imageactions.cpp" line="37"/>
        <source>Used by</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location filename="../gui/images/imageactions.cpp" line="39"/>
        <source>The containers made from this image</source>
        <translation>由此镜像创建的容器</translation>
    </message>
    <message>
        <location filename="../gui/images/imageactions.cpp" line="42"/>
        <source>Tag %1</source>
        <translation>标记 %1</translation>
    </message>
    <message>
        <location filename="../gui/images/imageactions.cpp" line="42"/>
        <source>New name (repository:tag), e.g. busybox:teach</source>
        <translation>新名字（仓库:标签），例如 busybox:teach</translation>
    </message>
    <message>
        <location filename="../gui/images/imageactions.cpp" line="46"/>
        <source>Force remove</source>
        <translation>强制删除</translation>
    </message>
    <message>
        <location filename="../gui/images/imageactions.cpp" line="85"/>
        <location filename="../gui/images/imageactions.cpp" line="113"/>
        <source>Running: %1</source>
        <translation>正在运行：%1</translation>
    </message>
    <message>
        <location filename="../gui/images/imageactions.cpp" line="95"/>
        <location filename="../gui/images/imageactions.cpp" line="126"/>
        <source>Done: %1</source>
        <translation>完成：%1</translation>
    </message>
</context>
<context>
    <name>ImageListModel</name>
    <message>
        <location filename="../gui/images/imagelistmodel.cpp" line="75"/>
        <source>Repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../gui/images/imagelistmodel.cpp" line="76"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../gui/images/imagelistmodel.cpp" line="77"/>
        <source>Image ID</source>
        <translation>镜像 ID</translation>
    </message>
    <message>
        <location filename="../gui/images/imagelistmodel.cpp" line="78"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../gui/images/imagelistmodel.cpp" line="79"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>ImagesPage</name>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="82"/>
        <source>No images yet. An image is a stack of read-only layers; containers are created from it.
Build busybox:latest from this machine&apos;s busybox to start, offline.</source>
        <translation>还没有镜像。镜像是一叠只读层，容器由镜像创建。
用本机的 busybox 离线构建 busybox:latest 开始体验。</translation>
    </message>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="87"/>
        <source>Build busybox:latest</source>
        <translation>构建 busybox:latest</translation>
    </message>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="90"/>
        <source>Pull an image from a registry…</source>
        <translation>从镜像仓库拉取镜像…</translation>
    </message>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="163"/>
        <source>Layers</source>
        <translation>分层</translation>
    </message>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="164"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="165"/>
        <source>Inspect</source>
        <translation>详细信息</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/images/imagespage.cpp" line="255"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 个镜像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/images/imagespage.cpp" line="302"/>
        <source>Image %1: %n read-only layer(s)</source>
        <translation>
            <numerusform>镜像 %1：%n 个只读层</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="309"/>
        <source>layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="312"/>
        <source>Merged view (what a container starts with)</source>
        <translation>合并视图（容器启动时看到的文件）</translation>
    </message>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="316"/>
        <source>Layer %1 · %2 (read-only)</source>
        <translation>第 %1 层 · %2（只读）</translation>
    </message>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="353"/>
        <source>Building busybox:latest from this machine&apos;s busybox…</source>
        <translation>正在用本机的 busybox 构建 busybox:latest…</translation>
    </message>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="365"/>
        <source>Built busybox:latest (%1)</source>
        <translation>已构建 busybox:latest（%1）</translation>
    </message>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="156"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="156"/>
        <source>Created by</source>
        <translation>创建命令</translation>
    </message>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="156"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="156"/>
        <source>Comment</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="166"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="167"/>
        <source>Used by</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="207"/>
        <source>%1 · %2 · made from %3</source>
        <translation>%1 · %2 · 由 %3 创建</translation>
    </message>
    <message>
        <location filename="../gui/images/imagespage.cpp" line="210"/>
        <source>No container uses this image: rm can remove it.</source>
        <translation>没有容器使用此镜像：可以用 rm 删除它。</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <location filename="../gui/app/languagebutton.cpp" line="14"/>
        <location filename="../gui/app/languagebutton.cpp" line="30"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../gui/app/languagebutton.cpp" line="19"/>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../gui/app/languagebutton.cpp" line="31"/>
        <source>Language from Porthole&apos;s next start: %1. Restart it now? Your containers keep running.</source>
        <translation>下次启动起的界面语言：%1。现在重启吗？你的容器会继续运行。</translation>
    </message>
</context>
<context>
    <name>LayerFileBrowser</name>
    <message>
        <location filename="../gui/widgets/layerfilebrowser.cpp" line="27"/>
        <source>directory</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../gui/widgets/layerfilebrowser.cpp" line="28"/>
        <source>symlink</source>
        <translation>符号链接</translation>
    </message>
    <message>
        <location filename="../gui/widgets/layerfilebrowser.cpp" line="29"/>
        <source>whiteout (deleted below)</source>
        <translation>白障文件（遮盖下层的删除）</translation>
    </message>
    <message>
        <location filename="../gui/widgets/layerfilebrowser.cpp" line="30"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../gui/widgets/layerfilebrowser.cpp" line="31"/>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../gui/widgets/layerfilebrowser.cpp" line="32"/>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../gui/widgets/layerfilebrowser.cpp" line="33"/>
        <source>device or fifo</source>
        <translation>设备或管道</translation>
    </message>
    <message>
        <location filename="../gui/widgets/layerfilebrowser.cpp" line="34"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../gui/widgets/layerfilebrowser.cpp" line="152"/>
        <source>Listing…</source>
        <translation>正在列出…</translation>
    </message>
    <message>
        <location filename="../gui/widgets/layerfilebrowser.cpp" line="158"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../gui/widgets/layerfilebrowser.cpp" line="158"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../gui/widgets/layerfilebrowser.cpp" line="158"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../gui/widgets/layerfilebrowser.cpp" line="158"/>
        <source>From layer</source>
        <translation>来自哪一层</translation>
    </message>
    <message>
        <location filename="../gui/widgets/layerfilebrowser.cpp" line="160"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/widgets/layerfilebrowser.cpp" line="173"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/widgets/layerfilebrowser.cpp" line="112"/>
        <source>Double-click a file to read it</source>
        <translation>双击文件即可查看内容</translation>
    </message>
    <message>
        <location filename="../gui/widgets/layerfilebrowser.cpp" line="208"/>
        <source>a symbolic link to %1</source>
        <translation>指向 %1 的符号链接</translation>
    </message>
</context>
<context>
    <name>LayerProgressList</name>
    <message>
        <location filename="../gui/images/layerprogresslist.cpp" line="103"/>
        <source>%1 / %2 · %3/s</source>
        <translation>%1 / %2 · %3/秒</translation>
    </message>
</context>
<context>
    <name>LayerStackView</name>
    <message>
        <location filename="../gui/widgets/layerstackview.cpp" line="8"/>
        <source>Layer stack</source>
        <translation>镜像层堆叠</translation>
    </message>
    <message>
        <location filename="../gui/widgets/layerstackview.cpp" line="50"/>
        <source>read-write</source>
        <translation>读写层</translation>
    </message>
    <message>
        <location filename="../gui/widgets/layerstackview.cpp" line="50"/>
        <source>read-only</source>
        <translation>只读层</translation>
    </message>
</context>
<context>
    <name>LayerStatus</name>
    <message>
        <location filename="../gui/images/layerprogresslist.cpp" line="19"/>
        <source>Pulling fs layer</source>
        <translation>开始拉取层</translation>
    </message>
    <message>
        <location filename="../gui/images/layerprogresslist.cpp" line="19"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../gui/images/layerprogresslist.cpp" line="20"/>
        <source>Downloading</source>
        <translation>下载中</translation>
    </message>
    <message>
        <location filename="../gui/images/layerprogresslist.cpp" line="20"/>
        <source>Verifying Checksum</source>
        <translation>校验中</translation>
    </message>
    <message>
        <location filename="../gui/images/layerprogresslist.cpp" line="21"/>
        <source>Download complete</source>
        <translation>下载完成</translation>
    </message>
    <message>
        <location filename="../gui/images/layerprogresslist.cpp" line="21"/>
        <source>Extracting</source>
        <translation>解压中</translation>
    </message>
    <message>
        <location filename="../gui/images/layerprogresslist.cpp" line="22"/>
        <source>Pull complete</source>
        <translation>拉取完成</translation>
    </message>
    <message>
        <location filename="../gui/images/layerprogresslist.cpp" line="22"/>
        <source>Already exists</source>
        <translation>已存在</translation>
    </message>
    <message>
        <location filename="../gui/images/layerprogresslist.cpp" line="23"/>
        <source>Preparing</source>
        <translation>准备中</translation>
    </message>
    <message>
        <location filename="../gui/images/layerprogresslist.cpp" line="23"/>
        <source>Pushing</source>
        <translation>推送中</translation>
    </message>
    <message>
        <location filename="../gui/images/layerprogresslist.cpp" line="24"/>
        <source>Pushed</source>
        <translation>已推送</translation>
    </message>
    <message>
        <location filename="../gui/images/layerprogresslist.cpp" line="24"/>
        <source>Layer already exists</source>
        <translation>层已存在</translation>
    </message>
    <message>
        <location filename="../gui/images/layerprogresslist.cpp" line="33"/>
        <source>Mounted from %1</source>
        <translation>从 %1 挂载</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <location filename="../gui/lesson/lessonpanel.cpp" line="45"/>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lessonpanel.cpp" line="46"/>
        <source>Skip this step</source>
        <translation>跳过这一步</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lessonpanel.cpp" line="46"/>
        <source>Start again</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lessonpanel.cpp" line="61"/>
        <source>Move on without this step (for a teacher); it stays unticked</source>
        <translation>不等这一步完成就继续（供老师使用）；这一步保持未打勾</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lessonpanel.cpp" line="95"/>
        <source>en</source>
        <comment>the language code of the built-in lesson file: zh_CN in Chinese</comment>
        <translation>zh_CN</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lessonpanel.cpp" line="116"/>
        <source>The lesson %1 could not be read: %2</source>
        <translation>无法读取课程 %1：%2</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lessonpanel.cpp" line="260"/>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lessonpanel.cpp" line="263"/>
        <source>No lesson yet</source>
        <translation>还没有课程</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lessonpanel.cpp" line="264"/>
        <source>Help → Lesson opens the lesson on the container lifecycle.</source>
        <translation>“帮助 → 课程”会打开关于容器生命周期的课程。</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lessonpanel.cpp" line="279"/>
        <source>Lesson done: %1 of %2 steps seen happen.</source>
        <translation>课程完成：%2 步中有 %1 步确实发生。</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lessonpanel.cpp" line="295"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lessonpanel.cpp" line="308"/>
        <source>A container named %1 already exists (made before this step), so this step&apos;s create would fail: the name is taken. Remove it first: type `docker rm -f %1` or press Remove %1 below; or skip this step.</source>
        <translation>名为 %1 的容器已经存在（在这一步之前创建的），所以这一步的 create 会失败：名字已被占用。请先删除它：输入 `docker rm -f %1`，或按下面的“删除 %1”；也可以跳过这一步。</translation>
    </message>
</context>
<context>
    <name>LifecycleDiagram</name>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="46"/>
        <source>Container lifecycle</source>
        <translation>容器生命周期</translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="59"/>
        <source>exits by itself</source>
        <translation>自行退出</translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="110"/>
        <source>image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="111"/>
        <source>created</source>
        <translation>创建状态</translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="112"/>
        <source>running</source>
        <translation>运行状态</translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="113"/>
        <source>paused</source>
        <translation>暂停状态</translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="114"/>
        <source>stopped</source>
        <translation>停止状态</translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="115"/>
        <source>deleted</source>
        <translation>删除状态</translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="148"/>
        <source>When the main process ends, the container stops by itself.</source>
        <translation>主进程结束时，容器自行停止。</translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="149"/>
        <source>Makes a new container from an image: use the command bar (%1).</source>
        <translation>从镜像新建容器：请使用命令栏（%1）。</translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="152"/>
        <source>Click to run: %1</source>
        <translation>点击运行：%1</translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="154"/>
        <source>Select a container first.</source>
        <translation>请先选择一个容器。</translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="157"/>
        <source>The container is %1; this command starts from %2.</source>
        <translation>容器处于%1；此命令从%2出发。</translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="401"/>
        <source>An image: a stack of read-only layers. create or run makes a container from it.</source>
        <translation>镜像：由只读层叠成。create 或 run 用它创建容器。</translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="403"/>
        <source>Running: its main process runs. pause freezes it; stop sends SIGTERM, waits, then SIGKILL; kill sends SIGKILL at once.</source>
        <translation>运行状态：主进程正在运行。pause 冻结它；stop 先发 SIGTERM，等待后再发 SIGKILL；kill 立即发 SIGKILL。</translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="404"/>
        <source>Paused: the cgroup freezer holds all its processes where they are; unpause lets them go on.</source>
        <translation>暂停状态：cgroup freezer 把它的所有进程冻结在原地；unpause 让它们继续。</translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="405"/>
        <source>Stopped: the process has ended. The writable layer is kept, so start runs it again with its files.</source>
        <translation>停止状态：进程已结束。读写层仍然保留，所以 start 会带着原来的文件再次运行它。</translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="406"/>
        <source>Deleted: rm removed the container and its writable layer; the image stays.</source>
        <translation>删除状态：rm 删除了容器及其读写层；镜像仍然保留。</translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="204"/>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="205"/>
        <source>%1
Docker: %2</source>
        <translation>%1
Docker 原文：%2</translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclediagram.cpp" line="402"/>
        <source>Created: the container exists (its configuration and an empty writable layer), but no process runs yet. start mounts the writable layer over the image&apos;s layers, takes an IP and runs the command.</source>
        <translation>已创建：容器已存在（它的配置和一个空的可写层），但还没有进程在运行。start 会把可写层挂载到镜像的各层之上，分配一个 IP，然后运行命令。</translation>
    </message>
</context>
<context>
    <name>LifecyclePane</name>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="30"/>
        <location filename="../gui/containers/lifecyclepane.cpp" line="303"/>
        <source>Select a container to see its lifecycle. Click a command to run it.</source>
        <translation>选择一个容器查看其生命周期。点击命令即可运行。</translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="57"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="58"/>
        <source>Copy the command line</source>
        <translation>复制命令行</translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="269"/>
        <source>overlayfs, unmounted</source>
        <translation>overlayfs，已卸载</translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="270"/>
        <source>address released</source>
        <translation>已释放地址</translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="375"/>
        <location filename="../gui/containers/lifecyclepane.cpp" line="384"/>
        <source>SIGTERM sent: %1 s left before SIGKILL</source>
        <translation>已发送 SIGTERM：%1 秒后发送 SIGKILL</translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="385"/>
        <source>Timeout reached: SIGKILL sent</source>
        <translation>已到时限：已发送 SIGKILL</translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="394"/>
        <source>the process ignored SIGTERM for %1 s, so SIGKILL ended it</source>
        <translation>进程忽略 SIGTERM 达 %1 秒，于是 SIGKILL 结束了它</translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="395"/>
        <source>the process ended on SIGTERM</source>
        <translation>进程收到 SIGTERM 后结束</translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="71"/>
        <source>stop: SIGKILL after </source>
        <translation>stop：SIGTERM 后等待 </translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="72"/>
        <source> s</source>
        <translation> 秒再 SIGKILL</translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="73"/>
        <source>How long stop and restart wait for the process to end after SIGTERM (stop -t)</source>
        <translation>stop 和 restart 在发送 SIGTERM 后等待进程结束的时间（stop -t）</translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="107"/>
        <source>Slow motion</source>
        <translation>慢动作</translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="109"/>
        <source>The engine waits before each step of run and stop until you press Next, so you can explain it</source>
        <translation>引擎在 run 和 stop 的每一步之前等待，直到你按“下一步”，方便讲解</translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="110"/>
        <source>Next every 2 s</source>
        <translation>每 2 秒自动下一步</translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="112"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="271"/>
        <source>exited with code %1</source>
        <translation>已退出，退出码 %1</translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="276"/>
        <source>overlayfs</source>
        <translation>overlayfs</translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="278"/>
        <source>no network</source>
        <translation>无网络</translation>
    </message>
    <message>
        <location filename="../gui/containers/lifecyclepane.cpp" line="301"/>
        <source>%1: click a command in the diagram to run it.</source>
        <translation>%1：点击图中的命令即可运行。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../gui/images/logindialog.cpp" line="17"/>
        <source>Log in to a registry</source>
        <translation>登录镜像仓库</translation>
    </message>
    <message>
        <location filename="../gui/images/logindialog.cpp" line="20"/>
        <source>docker.io, or host:port</source>
        <translation>docker.io，或 主机:端口</translation>
    </message>
    <message>
        <location filename="../gui/images/logindialog.cpp" line="28"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../gui/images/logindialog.cpp" line="30"/>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../gui/images/logindialog.cpp" line="33"/>
        <source>Registry:</source>
        <translation>镜像仓库：</translation>
    </message>
    <message>
        <location filename="../gui/images/logindialog.cpp" line="34"/>
        <source>Username:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../gui/images/logindialog.cpp" line="35"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../gui/images/logindialog.cpp" line="56"/>
        <source>Checking the credentials with the registry…</source>
        <translation>正在向镜像仓库验证凭据…</translation>
    </message>
    <message>
        <location filename="../gui/images/logindialog.cpp" line="68"/>
        <source>Login Succeeded: %1</source>
        <translation>登录成功：%1</translation>
    </message>
    <message>
        <location filename="../gui/images/logindialog.cpp" line="85"/>
        <source>Logged out of %1.</source>
        <translation>已退出 %1。</translation>
    </message>
    <message>
        <location filename="../gui/images/logindialog.cpp" line="85"/>
        <source>Not logged in to %1.</source>
        <translation>未登录 %1。</translation>
    </message>
</context>
<context>
    <name>LogsView</name>
    <message>
        <location filename="../gui/containers/logsview.cpp" line="32"/>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <location filename="../gui/containers/logsview.cpp" line="32"/>
        <source>Timestamps</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <location filename="../gui/containers/logsview.cpp" line="41"/>
        <source>Search the logs</source>
        <translation>搜索日志</translation>
    </message>
    <message>
        <location filename="../gui/containers/logsview.cpp" line="100"/>
        <source>A terminal&apos;s output is shown as the terminal showed it, without timestamps</source>
        <translation>终端的输出按终端当时的样子显示，不带时间戳</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="44"/>
        <source>Porthole</source>
        <translation>Porthole</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="67"/>
        <location filename="../gui/app/mainwindow.cpp" line="166"/>
        <source>Images</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="69"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="71"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="72"/>
        <source>Pull image…</source>
        <translation>拉取镜像…</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="73"/>
        <source>Build busybox starter image</source>
        <translation>构建 busybox 入门镜像</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="76"/>
        <source>Save the selected image with all its layers and settings (%1)</source>
        <translation>保存所选镜像及其全部分层和设置（%1）</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="121"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="122"/>
        <source>Lesson: the container lifecycle</source>
        <translation>课程：容器的生命周期</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="130"/>
        <source>Open a lesson file…</source>
        <translation>打开课程文件…</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="131"/>
        <source>Open a lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="131"/>
        <source>Lessons (*.json)</source>
        <translation>课程 (*.json)</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="157"/>
        <source>Containers</source>
        <translation>容器</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="167"/>
        <source>Volumes</source>
        <translation>数据卷</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="168"/>
        <source>Disk usage</source>
        <translation>磁盘占用</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="278"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="74"/>
        <source>Save image…</source>
        <translation>保存镜像…</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="84"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="86"/>
        <source>Presentation</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="90"/>
        <source>The selected container&apos;s lifecycle on the full screen, large and high contrast, for a projector</source>
        <translation>全屏显示所选容器的生命周期：字体放大、高对比度，适合投影</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="104"/>
        <source>Zoom the diagram in</source>
        <translation>放大生命周期图</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="105"/>
        <source>Zoom the diagram out</source>
        <translation>缩小生命周期图</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="106"/>
        <source>Fit the diagram</source>
        <translation>生命周期图适应窗口</translation>
    </message>
</context>
<context>
    <name>NewContainerDialog</name>
    <message>
        <location filename="../gui/containers/newcontainerdialog.cpp" line="17"/>
        <source>-i  keep standard input open</source>
        <translation>-i  保持标准输入打开</translation>
    </message>
    <message>
        <location filename="../gui/containers/newcontainerdialog.cpp" line="18"/>
        <source>-t  give it a terminal</source>
        <translation>-t  分配一个终端</translation>
    </message>
    <message>
        <location filename="../gui/containers/newcontainerdialog.cpp" line="18"/>
        <source>Start it now (run = create + start)</source>
        <translation>立即启动（run = create + start）</translation>
    </message>
    <message>
        <location filename="../gui/containers/newcontainerdialog.cpp" line="21"/>
        <source>New container</source>
        <translation>新建容器</translation>
    </message>
    <message>
        <location filename="../gui/containers/newcontainerdialog.cpp" line="27"/>
        <source>generated when empty</source>
        <translation>留空则自动生成</translation>
    </message>
    <message>
        <location filename="../gui/containers/newcontainerdialog.cpp" line="29"/>
        <source>the image&apos;s command when empty</source>
        <translation>留空则使用镜像的命令</translation>
    </message>
    <message>
        <location filename="../gui/containers/newcontainerdialog.cpp" line="33"/>
        <source>e.g. 127.0.0.1:8080:80</source>
        <translation>例如 127.0.0.1:8080:80</translation>
    </message>
    <message>
        <location filename="../gui/containers/newcontainerdialog.cpp" line="47"/>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location filename="../gui/containers/newcontainerdialog.cpp" line="48"/>
        <source>Name (--name)</source>
        <translation>名称（--name）</translation>
    </message>
    <message>
        <location filename="../gui/containers/newcontainerdialog.cpp" line="49"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../gui/containers/newcontainerdialog.cpp" line="50"/>
        <source>Network (--network)</source>
        <translation>网络（--network）</translation>
    </message>
    <message>
        <location filename="../gui/containers/newcontainerdialog.cpp" line="51"/>
        <source>Publish (-p)</source>
        <translation>端口映射（-p）</translation>
    </message>
    <message>
        <location filename="../gui/containers/newcontainerdialog.cpp" line="55"/>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <location filename="../gui/containers/newcontainerdialog.cpp" line="91"/>
        <source>Choose an image.</source>
        <translation>请选择一个镜像。</translation>
    </message>
    <message>
        <location filename="../gui/containers/newcontainerdialog.cpp" line="95"/>
        <source>The command has an unfinished quote or escape.</source>
        <translation>命令里有未闭合的引号或转义符。</translation>
    </message>
    <message>
        <location filename="../gui/containers/newcontainerdialog.cpp" line="99"/>
        <source>%1 has no command of its own (no CMD): type one, e.g. sh.</source>
        <translation>%1 没有自己的命令（没有 CMD）：请输入一个命令，例如 sh。</translation>
    </message>
    <message>
        <location filename="../gui/containers/newcontainerdialog.cpp" line="104"/>
        <source>%1 is not a port to publish: write [HOST-IP:]HOST-PORT:CONTAINER-PORT[/udp], e.g. 8080:80.</source>
        <translation>%1 不是可以发布的端口：请写成 [主机IP:]主机端口:容器端口[/udp]，例如 8080:80。</translation>
    </message>
</context>
<context>
    <name>PruneDialog</name>
    <message>
        <location filename="../gui/widgets/prunedialog.cpp" line="64"/>
        <source>Remove stopped containers</source>
        <translation>删除已停止的容器</translation>
    </message>
    <message>
        <location filename="../gui/widgets/prunedialog.cpp" line="65"/>
        <source>Remove dangling images (no tag, no container)</source>
        <translation>删除悬空镜像（无标签、无容器使用）</translation>
    </message>
    <message>
        <location filename="../gui/widgets/prunedialog.cpp" line="66"/>
        <source>Remove images no container uses</source>
        <translation>删除没有容器使用的镜像</translation>
    </message>
    <message>
        <location filename="../gui/widgets/prunedialog.cpp" line="67"/>
        <source>Remove networks no container uses</source>
        <translation>删除没有容器使用的网络</translation>
    </message>
    <message>
        <location filename="../gui/widgets/prunedialog.cpp" line="68"/>
        <source>Remove anonymous volumes no container uses</source>
        <translation>删除没有容器使用的匿名数据卷</translation>
    </message>
    <message>
        <location filename="../gui/widgets/prunedialog.cpp" line="69"/>
        <source>Remove all volumes no container uses</source>
        <translation>删除所有没有容器使用的数据卷</translation>
    </message>
    <message>
        <location filename="../gui/widgets/prunedialog.cpp" line="94"/>
        <source>Nothing to remove: everything is in use.</source>
        <translation>没有可删除的内容：全部都在使用中。</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/widgets/prunedialog.cpp" line="95"/>
        <source>%n item(s) will be removed, freeing %1:</source>
        <translation>
            <numerusform>将删除 %n 项，释放 %1：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/widgets/prunedialog.cpp" line="103"/>
        <source>The same with the command line: %1</source>
        <translation>对应的命令行：%1</translation>
    </message>
    <message>
        <location filename="../gui/widgets/prunedialog.cpp" line="108"/>
        <source>Remove these</source>
        <translation>删除这些</translation>
    </message>
</context>
<context>
    <name>PruneRunner</name>
    <message>
        <location filename="../gui/widgets/prunedialog.cpp" line="133"/>
        <source>Looking for what %1 would remove…</source>
        <translation>正在查找 %1 会删除的内容…</translation>
    </message>
    <message>
        <location filename="../gui/widgets/prunedialog.cpp" line="149"/>
        <source>Nothing removed</source>
        <translation>未删除任何内容</translation>
    </message>
    <message>
        <location filename="../gui/widgets/prunedialog.cpp" line="153"/>
        <source>Running: %1</source>
        <translation>正在运行：%1</translation>
    </message>
    <message>
        <location filename="../gui/widgets/prunedialog.cpp" line="167"/>
        <source>Done: %1 (%2 freed)</source>
        <translation>完成：%1（释放了 %2）</translation>
    </message>
</context>
<context>
    <name>PullDialog</name>
    <message>
        <location filename="../gui/images/pulldialog.cpp" line="51"/>
        <source>Pull an image</source>
        <translation>拉取镜像</translation>
    </message>
    <message>
        <location filename="../gui/images/pulldialog.cpp" line="54"/>
        <source>busybox, nginx:alpine, localhost:5000/team/app:v1</source>
        <translation>busybox、nginx:alpine、localhost:5000/team/app:v1</translation>
    </message>
    <message>
        <location filename="../gui/images/pulldialog.cpp" line="57"/>
        <source>this machine&apos;s (e.g. linux/arm64)</source>
        <translation>本机的平台（例如 linux/arm64）</translation>
    </message>
    <message>
        <location filename="../gui/images/pulldialog.cpp" line="60"/>
        <source>%1 is how the registry names this layer: the start of the digest of its compressed bytes. The Layers pane names it by the digest of its uncompressed content (its diff_id in the image config).</source>
        <translation>%1 是镜像仓库对这一层的称呼：它压缩后字节的摘要的开头部分。“分层”面板用它未压缩内容的摘要来称呼它（即镜像配置中的 diff_id）。</translation>
    </message>
    <message>
        <location filename="../gui/images/pulldialog.cpp" line="62"/>
        <source>Pull</source>
        <translation>拉取</translation>
    </message>
    <message>
        <location filename="../gui/images/pulldialog.cpp" line="65"/>
        <source>Image:</source>
        <translation>镜像：</translation>
    </message>
    <message>
        <location filename="../gui/images/pulldialog.cpp" line="66"/>
        <source>Platform:</source>
        <translation>平台：</translation>
    </message>
    <message>
        <location filename="../gui/images/pulldialog.cpp" line="131"/>
        <source>Pulling %1…</source>
        <translation>正在拉取 %1…</translation>
    </message>
    <message>
        <location filename="../gui/images/pulldialog.cpp" line="132"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../gui/images/pulldialog.cpp" line="152"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../gui/images/pulldialog.cpp" line="152"/>
        <source>Stopped</source>
        <translation>已中止</translation>
    </message>
    <message>
        <location filename="../gui/images/pulldialog.cpp" line="153"/>
        <source>Cancelled: nothing was kept.</source>
        <translation>已取消：没有留下任何内容。</translation>
    </message>
    <message>
        <location filename="../gui/images/pulldialog.cpp" line="159"/>
        <source>Pulled %1.</source>
        <translation>已拉取 %1。</translation>
    </message>
    <message>
        <location filename="../gui/images/pulldialog.cpp" line="159"/>
        <source>Pulled %1 · digest %2</source>
        <translation>已拉取 %1 · 摘要 %2</translation>
    </message>
    <message>
        <location filename="../gui/images/pulldialog.cpp" line="160"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../gui/images/pulldialog.cpp" line="171"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>PushDialog</name>
    <message>
        <location filename="../gui/images/pushdialog.cpp" line="16"/>
        <source>Push an image</source>
        <translation>推送镜像</translation>
    </message>
    <message>
        <location filename="../gui/images/pushdialog.cpp" line="23"/>
        <source>The name says where it goes: localhost:5000/team/app:v1 goes to the registry at localhost:5000.</source>
        <translation>名称决定推送到哪里：localhost:5000/team/app:v1 会推送到 localhost:5000 上的镜像仓库。</translation>
    </message>
    <message>
        <location filename="../gui/images/pushdialog.cpp" line="24"/>
        <source>%1 is this layer as the Layers pane names it: the start of the digest of its uncompressed content (its diff_id). The registry stores it compressed, under the digest of those bytes.</source>
        <translation>%1 是“分层”面板对这一层的称呼：它未压缩内容的摘要的开头部分（即 diff_id）。镜像仓库以压缩形式保存它，用压缩后字节的摘要来命名。</translation>
    </message>
    <message>
        <location filename="../gui/images/pushdialog.cpp" line="26"/>
        <source>Push</source>
        <translation>推送</translation>
    </message>
    <message>
        <location filename="../gui/images/pushdialog.cpp" line="29"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../gui/images/pushdialog.cpp" line="45"/>
        <source>Pushing %1…</source>
        <translation>正在推送 %1…</translation>
    </message>
    <message>
        <location filename="../gui/images/pushdialog.cpp" line="55"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../gui/images/pushdialog.cpp" line="55"/>
        <source>Stopped</source>
        <translation>已中止</translation>
    </message>
    <message>
        <location filename="../gui/images/pushdialog.cpp" line="56"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../gui/images/pushdialog.cpp" line="60"/>
        <source>Pushed: digest %1</source>
        <translation>已推送：摘要 %1</translation>
    </message>
    <message>
        <location filename="../gui/images/pushdialog.cpp" line="62"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../gui/images/pushdialog.cpp" line="71"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>RegistryActions</name>
    <message>
        <location filename="../gui/images/registryactions.cpp" line="14"/>
        <source>Pull…</source>
        <translation>拉取…</translation>
    </message>
    <message>
        <location filename="../gui/images/registryactions.cpp" line="17"/>
        <source>Push…</source>
        <translation>推送…</translation>
    </message>
    <message>
        <location filename="../gui/images/registryactions.cpp" line="21"/>
        <source>Log in…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <location filename="../gui/images/registryactions.cpp" line="46"/>
        <source>Pulled %1</source>
        <translation>已拉取 %1</translation>
    </message>
</context>
<context>
    <name>RegistryTransfer</name>
    <message>
        <location filename="../gui/images/registrytransfer.cpp" line="72"/>
        <source>%1 — %2</source>
        <translation>%1 —— %2</translation>
    </message>
    <message>
        <location filename="../gui/images/registrytransfer.cpp" line="81"/>
        <source>log in to the registry (Log in…) if the repository is private, or check its name</source>
        <translation>如果仓库是私有的，请先登录镜像仓库（登录…），否则请检查名称</translation>
    </message>
    <message>
        <location filename="../gui/images/registrytransfer.cpp" line="78"/>
        <source>the registry could not be reached: check its host and port, that it is running, and the network or a mirror in registries.conf; offline, import, load or build an image instead</source>
        <translation>无法连接镜像仓库：请检查它的主机和端口、它是否在运行，以及网络或 registries.conf 中的镜像加速地址；离线时可改为导入、加载或构建镜像</translation>
    </message>
    <message>
        <location filename="../gui/images/registrytransfer.cpp" line="83"/>
        <source>the registry has no image by that name and tag: check both (tags complete as you type)</source>
        <translation>镜像仓库里没有这个名称和标签的镜像：请检查两者（输入时会补全标签）</translation>
    </message>
    <message>
        <location filename="../gui/images/registrytransfer.cpp" line="85"/>
        <source>the registry&apos;s certificate is not trusted: put its CA in /etc/docker/certs.d/HOST:PORT/ca.crt</source>
        <translation>镜像仓库的证书不受信任：请把它的 CA 放到 /etc/docker/certs.d/主机:端口/ca.crt</translation>
    </message>
    <message>
        <location filename="../gui/images/registrytransfer.cpp" line="87"/>
        <source>the registry limits pulls: log in, wait, or use a mirror</source>
        <translation>镜像仓库限制了拉取次数：请登录、稍后再试或使用镜像加速</translation>
    </message>
    <message>
        <location filename="../gui/images/registrytransfer.cpp" line="89"/>
        <source>names look like busybox, nginx:alpine or localhost:5000/team/app:v1, in lowercase</source>
        <translation>镜像名称形如 busybox、nginx:alpine 或 localhost:5000/team/app:v1，须为小写</translation>
    </message>
</context>
<context>
    <name>RunStepsView</name>
    <message>
        <location filename="../gui/containers/runstepsview.cpp" line="12"/>
        <source>&lt;b&gt;run = create + start&lt;/b&gt;</source>
        <translation>&lt;b&gt;run = create + start（创建 + 启动）&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../gui/containers/runstepsview.cpp" line="76"/>
        <source>Look for the image locally</source>
        <translation>在本地查找镜像</translation>
    </message>
    <message>
        <location filename="../gui/containers/runstepsview.cpp" line="77"/>
        <source>Create the container</source>
        <translation>创建容器</translation>
    </message>
    <message>
        <location filename="../gui/containers/runstepsview.cpp" line="78"/>
        <source>Add a writable layer over the read-only image layers</source>
        <translation>在只读镜像层之上加一层读写层</translation>
    </message>
    <message>
        <location filename="../gui/containers/runstepsview.cpp" line="79"/>
        <source>Take an IP from the pool</source>
        <translation>从地址池中分配一个 IP</translation>
    </message>
    <message>
        <location filename="../gui/containers/runstepsview.cpp" line="80"/>
        <source>Start the command</source>
        <translation>启动命令</translation>
    </message>
</context>
<context>
    <name>StatsColumnsProxy</name>
    <message>
        <location filename="../gui/stats/statscolumns.cpp" line="68"/>
        <source>%1 of one CPU&apos;s time, measured over the last second</source>
        <translation>过去一秒内占用一个 CPU 时间的 %1</translation>
    </message>
    <message>
        <location filename="../gui/stats/statscolumns.cpp" line="68"/>
        <source>%1 (%2 of its limit)</source>
        <translation>%1（占其上限的 %2）</translation>
    </message>
    <message>
        <location filename="../gui/stats/statscolumns.cpp" line="75"/>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <location filename="../gui/stats/statscolumns.cpp" line="77"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../gui/stats/statscolumns.cpp" line="102"/>
        <source>Show CPU and memory columns</source>
        <translation>显示 CPU 和内存列</translation>
    </message>
</context>
<context>
    <name>StatsGraphs</name>
    <message>
        <location filename="../gui/stats/statsgraphs.cpp" line="13"/>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/stats/statsgraphs.cpp" line="54"/>
        <source>CPU %1 · memory %2 (%3) · network %4 · block I/O %5 · %n process(es)</source>
        <translation>
            <numerusform>CPU %1 · 内存 %2（%3）· 网络 %4 · 块 I/O %5 · %n 个进程</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/stats/statsgraphs.cpp" line="72"/>
        <source>Select a container to see its CPU, memory, network and disk use.</source>
        <translation>选择一个容器，查看它的 CPU、内存、网络和磁盘使用情况。</translation>
    </message>
    <message>
        <location filename="../gui/stats/statsgraphs.cpp" line="74"/>
        <source>%1 is not running: only a running container uses CPU and memory.</source>
        <translation>%1 没有在运行：只有运行中的容器才会使用 CPU 和内存。</translation>
    </message>
    <message>
        <location filename="../gui/stats/statsgraphs.cpp" line="76"/>
        <source>Measuring %1… the first figures come within two seconds.</source>
        <translation>正在测量 %1… 两秒内会出现第一批数据。</translation>
    </message>
    <message>
        <location filename="../gui/stats/statsgraphs.cpp" line="86"/>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <location filename="../gui/stats/statsgraphs.cpp" line="90"/>
        <source>Memory %1</source>
        <translation>内存 %1</translation>
    </message>
    <message>
        <location filename="../gui/stats/statsgraphs.cpp" line="94"/>
        <source>no limit (-m): up to the host&apos;s %1</source>
        <translation>没有上限（-m）：最多可用宿主机的 %1</translation>
    </message>
    <message>
        <location filename="../gui/stats/statsgraphs.cpp" line="96"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../gui/stats/statsgraphs.cpp" line="96"/>
        <source>received %1</source>
        <translation>接收 %1</translation>
    </message>
    <message>
        <location filename="../gui/stats/statsgraphs.cpp" line="97"/>
        <source>sent %1</source>
        <translation>发送 %1</translation>
    </message>
    <message>
        <location filename="../gui/stats/statsgraphs.cpp" line="99"/>
        <source>Block I/O</source>
        <translation>块 I/O</translation>
    </message>
    <message>
        <location filename="../gui/stats/statsgraphs.cpp" line="99"/>
        <source>read %1</source>
        <translation>读取 %1</translation>
    </message>
    <message>
        <location filename="../gui/stats/statsgraphs.cpp" line="100"/>
        <source>written %1</source>
        <translation>写入 %1</translation>
    </message>
    <message>
        <location filename="../gui/stats/statsgraphs.cpp" line="145"/>
        <source>limit %1</source>
        <translation>上限 %1</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <location filename="../gui/app/statustext.cpp" line="10"/>
        <source>Less than a second</source>
        <translation>不到一秒</translation>
    </message>
    <message>
        <location filename="../gui/app/statustext.cpp" line="11"/>
        <source>1 second</source>
        <translation>1 秒</translation>
    </message>
    <message>
        <location filename="../gui/app/statustext.cpp" line="12"/>
        <source>%1 seconds</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../gui/app/statustext.cpp" line="13"/>
        <source>About a minute</source>
        <translation>大约一分钟</translation>
    </message>
    <message>
        <location filename="../gui/app/statustext.cpp" line="14"/>
        <source>%1 minutes</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../gui/app/statustext.cpp" line="15"/>
        <source>About an hour</source>
        <translation>大约一小时</translation>
    </message>
    <message>
        <location filename="../gui/app/statustext.cpp" line="16"/>
        <source>%1 hours</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../gui/app/statustext.cpp" line="17"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../gui/app/statustext.cpp" line="18"/>
        <source>%1 weeks</source>
        <translation>%1 周</translation>
    </message>
    <message>
        <location filename="../gui/app/statustext.cpp" line="19"/>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <location filename="../gui/app/statustext.cpp" line="20"/>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <location filename="../gui/app/statustext.cpp" line="35"/>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <location filename="../gui/app/statustext.cpp" line="43"/>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location filename="../gui/app/statustext.cpp" line="45"/>
        <source>Up %1</source>
        <translation>已运行 %1</translation>
    </message>
    <message>
        <location filename="../gui/app/statustext.cpp" line="47"/>
        <location filename="../gui/containers/containerspage.cpp" line="160"/>
        <source>Up %1 (Paused)</source>
        <translation>已运行 %1（已暂停）</translation>
    </message>
    <message>
        <location filename="../gui/app/statustext.cpp" line="49"/>
        <location filename="../gui/containers/containerspage.cpp" line="159"/>
        <location filename="../gui/containers/containerspage.cpp" line="161"/>
        <source>Exited (%1) %2</source>
        <translation>已退出 (%1)，%2</translation>
    </message>
    <message>
        <location filename="../gui/app/statustext.cpp" line="51"/>
        <location filename="../gui/containers/containerspage.cpp" line="161"/>
        <source>Removal In Progress</source>
        <translation>正在删除</translation>
    </message>
    <message>
        <location filename="../gui/app/statustext.cpp" line="53"/>
        <source>Dead</source>
        <translation>已失效</translation>
    </message>
</context>
<context>
    <name>TransferController</name>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="106"/>
        <source>Tar archives (*.tar)</source>
        <translation>tar 归档（*.tar）</translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="120"/>
        <source>another transfer is running; wait for it or cancel it</source>
        <translation>另一个传输正在进行：请等待它完成或取消它</translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="130"/>
        <location filename="../gui/transfers/transfercontroller.cpp" line="201"/>
        <source>Running: %1</source>
        <translation>正在运行：%1</translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="131"/>
        <source>Saving image %1</source>
        <translation>正在保存镜像 %1</translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="132"/>
        <source>Exporting %1</source>
        <translation>正在导出 %1</translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="133"/>
        <source>Migrating %1</source>
        <translation>正在迁移 %1</translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="141"/>
        <source>Done: %1</source>
        <translation>完成：%1</translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="168"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="183"/>
        <source>Nothing changed: %1 was not imported</source>
        <translation>没有任何改变：%1 未被导入</translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="204"/>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="204"/>
        <source>Loading %1</source>
        <translation>正在加载 %1</translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="180"/>
        <source>Name the image for %1 and press Import, or Cancel</source>
        <translation>为 %1 中的镜像命名，然后按“导入”，或按“取消”</translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="181"/>
        <source>Check what %1 holds and press Load, or Cancel</source>
        <translation>查看 %1 的内容，然后按“加载”，或按“取消”</translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="224"/>
        <source>Imported %1 as an untagged image %2</source>
        <translation>已将 %1 导入为无标签镜像 %2</translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="225"/>
        <source>Imported %1 as %2 (%3)</source>
        <translation>已将 %1 导入为 %2（%3）</translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="214"/>
        <source>Loaded %1</source>
        <translation>已加载 %1</translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="109"/>
        <source>Import a root filesystem tarball</source>
        <translation>导入根文件系统 tar 包</translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="110"/>
        <source>Tar archives (*.tar *.tar.gz *.tgz *.tar.xz *.tar.bz2 *.tar.zst);;All files (*)</source>
        <translation>Tar 归档 (*.tar *.tar.gz *.tgz *.tar.xz *.tar.bz2 *.tar.zst);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="95"/>
        <source>Export the filesystem of %1</source>
        <translation>导出 %1 的文件系统</translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="96"/>
        <source>Migrate %1 with its settings</source>
        <translation>连同设置一起迁移 %1</translation>
    </message>
    <message>
        <location filename="../gui/transfers/transfercontroller.cpp" line="97"/>
        <source>Save the image %1</source>
        <translation>保存镜像 %1</translation>
    </message>
</context>
<context>
    <name>TransferPanel</name>
    <message>
        <location filename="../gui/transfers/transferpanel.cpp" line="12"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../gui/transfers/transferpanel.cpp" line="30"/>
        <source>%1: cancelling…</source>
        <translation>%1：正在取消…</translation>
    </message>
    <message>
        <location filename="../gui/transfers/transferpanel.cpp" line="64"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../gui/transfers/transferpanel.cpp" line="67"/>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <location filename="../gui/transfers/transferpanel.cpp" line="69"/>
        <source>%1 s left</source>
        <translation>还剩 %1 秒</translation>
    </message>
</context>
<context>
    <name>VolumeListModel</name>
    <message>
        <location filename="../gui/volumes/volumelistmodel.cpp" line="39"/>
        <source>unused</source>
        <translation>未使用</translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumelistmodel.cpp" line="53"/>
        <source>%1
anonymous: made for one container; rm -v removes it with that container</source>
        <translation>%1
匿名数据卷：为某个容器创建；rm -v 会随该容器一起删除它</translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumelistmodel.cpp" line="64"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumelistmodel.cpp" line="65"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumelistmodel.cpp" line="66"/>
        <source>Used by</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumelistmodel.cpp" line="67"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumelistmodel.cpp" line="68"/>
        <source>Mount point</source>
        <translation>挂载点</translation>
    </message>
</context>
<context>
    <name>VolumesPage</name>
    <message>
        <location filename="../gui/volumes/volumespage.cpp" line="84"/>
        <source>Create a volume</source>
        <translation>创建数据卷</translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumespage.cpp" line="84"/>
        <source>Name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;):</source>
        <translation>名称（字母、数字、“_”、“.”、“-”）：</translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumespage.cpp" line="95"/>
        <source>Create…</source>
        <translation>创建…</translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumespage.cpp" line="96"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumespage.cpp" line="98"/>
        <source>Remove the selected volume and its data (%1); refused while a container uses it</source>
        <translation>删除所选数据卷及其数据（%1）；有容器使用时会被拒绝</translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumespage.cpp" line="100"/>
        <source>Prune…</source>
        <translation>清理…</translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumespage.cpp" line="102"/>
        <source>Show the volumes no container uses, then remove them</source>
        <translation>列出没有容器使用的数据卷，然后删除它们</translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumespage.cpp" line="111"/>
        <source>A volume keeps data outside every container&apos;s writable layer: it stays when its containers are removed, and several containers can use it at once.</source>
        <translation>数据卷把数据保存在所有容器的读写层之外：删除容器后它仍然保留，并且多个容器可以同时使用它。</translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumespage.cpp" line="118"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumespage.cpp" line="119"/>
        <source>Inspect</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumespage.cpp" line="179"/>
        <source>%1 is used by no container: `volume prune -a` would remove it.</source>
        <translation>%1 没有被任何容器使用：`volume prune -a` 会删除它。</translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumespage.cpp" line="180"/>
        <source>%1 is mounted by %2.</source>
        <translation>%1 被 %2 挂载。</translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumespage.cpp" line="181"/>
        <source>Files in the volume (read-only view)</source>
        <translation>数据卷中的文件（只读视图）</translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumespage.cpp" line="187"/>
        <source>Running: %1</source>
        <translation>正在运行：%1</translation>
    </message>
    <message>
        <location filename="../gui/volumes/volumespage.cpp" line="196"/>
        <source>Done: %1</source>
        <translation>完成：%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../gui/app/main.cpp" line="45"/>
        <source>Porthole: see how containers work</source>
        <translation>Porthole：看见容器如何工作</translation>
    </message>
    <message>
        <location filename="../gui/app/main.cpp" line="48"/>
        <source>Store directory</source>
        <translation>存储目录</translation>
    </message>
    <message>
        <location filename="../gui/app/main.cpp" line="49"/>
        <source>Runtime state directory</source>
        <translation>运行时状态目录</translation>
    </message>
    <message>
        <location filename="../gui/app/main.cpp" line="51"/>
        <source>Print the time of the first painted container list, then quit (for benchmarks)</source>
        <translation>打印首次绘制容器列表的时间后退出（用于基准测试）</translation>
    </message>
</context>
<context>
    <name>porthole::ArchiveProbe</name>
    <message>
        <location filename="../core/images/archiveprobe.cpp" line="109"/>
        <source>Docker image archive</source>
        <translation>Docker 镜像归档</translation>
    </message>
    <message>
        <location filename="../core/images/archiveprobe.cpp" line="110"/>
        <source>OCI image layout</source>
        <translation>OCI 镜像布局</translation>
    </message>
    <message>
        <location filename="../core/images/archiveprobe.cpp" line="117"/>
        <source>root filesystem</source>
        <translation>根文件系统</translation>
    </message>
</context>
<context>
    <name>porthole::ContainerEngine</name>
    <message>
        <location filename="../core/containers/engine_start.cpp" line="91"/>
        <source>%1 read-only + 1 writable (overlayfs)</source>
        <translation>%1 个只读层 + 1 个可写层 (overlayfs)</translation>
    </message>
    <message>
        <location filename="../core/containers/engine_create.cpp" line="216"/>
        <source>pulling %1</source>
        <translation>拉取 %1</translation>
    </message>
</context>
<context>
    <name>porthole::Stats</name>
    <message>
        <location filename="../core/cli/commands_stats.cpp" line="24"/>
        <source>Note: a normal user&apos;s containers have no cgroup of their own: CPU, memory (Pss), block I/O and PIDs are summed from /proc/PID/stat, smaps_rollup and io of each container&apos;s processes; NET I/O from its network namespace; the limit is the host&apos;s memory.</source>
        <translation>注意：普通用户的容器没有自己的 cgroup：CPU、内存 (Pss)、块 I/O 和 PIDs 是对容器每个进程的 /proc/PID/stat、smaps_rollup 和 io 求和得到的；NET I/O 来自其网络命名空间；上限为主机的内存。</translation>
    </message>
</context>
</TS>
