<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ContainerListModel</name>
    <message>
        <location filename="../gui/containerlistmodel.cpp" line="39" />
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <location filename="../gui/containerlistmodel.cpp" line="61" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../gui/containerlistmodel.cpp" line="62" />
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location filename="../gui/containerlistmodel.cpp" line="63" />
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../gui/containerlistmodel.cpp" line="64" />
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../gui/containerlistmodel.cpp" line="65" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../gui/containerlistmodel.cpp" line="66" />
        <source>IP</source>
        <translation>IP</translation>
    </message>
</context>
<context>
    <name>ImageListModel</name>
    <message>
        <location filename="../gui/imagelistmodel.cpp" line="45" />
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <location filename="../gui/imagelistmodel.cpp" line="64" />
        <source>Repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../gui/imagelistmodel.cpp" line="65" />
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../gui/imagelistmodel.cpp" line="66" />
        <source>Image ID</source>
        <translation>镜像 ID</translation>
    </message>
    <message>
        <location filename="../gui/imagelistmodel.cpp" line="67" />
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../gui/imagelistmodel.cpp" line="68" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>LayerStackView</name>
    <message>
        <location filename="../gui/layerstackview.cpp" line="8" />
        <source>Layer stack</source>
        <translation>镜像层堆叠</translation>
    </message>
    <message>
        <location filename="../gui/layerstackview.cpp" line="51" />
        <source>read-write</source>
        <translation>读写层</translation>
    </message>
    <message>
        <location filename="../gui/layerstackview.cpp" line="51" />
        <source>read-only</source>
        <translation>只读层</translation>
    </message>
</context>
<context>
    <name>LifecycleDiagram</name>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="25" />
        <source>Container lifecycle</source>
        <translation>容器生命周期</translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="35" />
        <source>exits by itself</source>
        <translation>自行退出</translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="78" />
        <source>image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="79" />
        <source>created</source>
        <translation>创建状态</translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="80" />
        <source>running</source>
        <translation>运行状态</translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="81" />
        <source>paused</source>
        <translation>暂停状态</translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="82" />
        <source>stopped</source>
        <translation>停止状态</translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="83" />
        <source>deleted</source>
        <translation>删除状态</translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="116" />
        <source>When the main process ends, the container stops by itself.</source>
        <translation>主进程结束时，容器自行停止。</translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="117" />
        <source>Makes a new container from an image: use the command bar (%1).</source>
        <translation>从镜像新建容器：请使用命令栏（%1）。</translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="120" />
        <source>Click to run: %1</source>
        <translation>点击运行：%1</translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="122" />
        <source>Select a container first.</source>
        <translation>请先选择一个容器。</translation>
    </message>
    <message>
        <location filename="../gui/lifecyclediagram.cpp" line="125" />
        <source>The container is %1; this command starts from %2.</source>
        <translation>容器处于%1；此命令从%2出发。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/mainwindow.cpp" line="89" />
        <source>Porthole</source>
        <translation>Porthole</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="90" />
        <location filename="../gui/mainwindow.cpp" line="202" />
        <source>Images</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="92" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="94" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="95" />
        <source>Build busybox starter image</source>
        <translation>构建 busybox 入门镜像</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="100" />
        <source>No images yet. An image is a stack of read-only layers; containers are created from it.
Build busybox:latest from this machine's busybox to start, offline.</source>
        <translation>还没有镜像。镜像是一叠只读层，容器由镜像创建。
用本机的 busybox 离线构建 busybox:latest 开始体验。</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="105" />
        <source>Build busybox:latest</source>
        <translation>构建 busybox:latest</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="164" />
        <source>Select a container to see its lifecycle. Click a command to run it.</source>
        <translation>选择一个容器查看其生命周期。点击命令即可运行。</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="184" />
        <location filename="../gui/mainwindow.cpp" line="350" />
        <source>SIGTERM sent: %1 s left before SIGKILL</source>
        <translation>已发送 SIGTERM：%1 秒后发送 SIGKILL</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="185" />
        <source>Timeout reached: SIGKILL sent</source>
        <translation>已到时限：已发送 SIGKILL</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="198" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="198" />
        <source>Send SIGTERM, wait this many seconds, then SIGKILL:</source>
        <translation>先发送 SIGTERM，等待这么多秒，再发送 SIGKILL：</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="201" />
        <source>Containers</source>
        <translation>容器</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="206" />
        <source>Type a command, e.g. docker create -it --name=busybox busybox, docker ps -a, docker rm -f busybox</source>
        <translation>输入命令，例如 docker create -it --name=busybox busybox、docker ps -a、docker rm -f busybox</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/mainwindow.cpp" line="292" />
        <source>Image %1: %n read-only layer(s)</source>
        <translation>
            <numerusform>镜像 %1：%n 个只读层</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="300" />
        <source>container layer</source>
        <translation>容器层</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="301" />
        <source>%1 written by %2 · removed with the container</source>
        <translation>%2 写入了 %1 · 随容器一起删除</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="305" />
        <source>%1 = writable layer over image %2</source>
        <translation>%1 = 镜像 %2 之上的读写层</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="342" />
        <source>Running: %1</source>
        <translation>正在运行：%1</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="365" />
        <source>the process ignored SIGTERM for %1 s, so SIGKILL ended it</source>
        <translation>进程忽略 SIGTERM 达 %1 秒，于是 SIGKILL 结束了它</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="366" />
        <source>the process ended on SIGTERM</source>
        <translation>进程收到 SIGTERM 后结束</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="368" />
        <source>Done: %1</source>
        <translation>完成：%1</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="251" />
        <location filename="../gui/mainwindow.cpp" line="454" />
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/mainwindow.cpp" line="479" />
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 个镜像</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="495" />
        <source>Building busybox:latest from this machine's busybox…</source>
        <translation>正在用本机的 busybox 构建 busybox:latest…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="503" />
        <source>Built busybox:latest (%1)</source>
        <translation>已构建 busybox:latest（%1）</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="518" />
        <source>Import a root filesystem tarball</source>
        <translation>导入根文件系统 tar 包</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="519" />
        <source>Tar archives (*.tar *.tar.gz *.tgz *.tar.xz *.tar.bz2 *.tar.zst);;All files (*)</source>
        <translation>Tar 归档 (*.tar *.tar.gz *.tgz *.tar.xz *.tar.bz2 *.tar.zst);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="526" />
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="532" />
        <source>Imported %1</source>
        <translation>已导入 %1</translation>
    </message>
</context>
</TS>