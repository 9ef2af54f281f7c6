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
        <location filename="../gui/imagelistmodel.cpp" line="40" />
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <location filename="../gui/imagelistmodel.cpp" line="59" />
        <source>Repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../gui/imagelistmodel.cpp" line="60" />
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../gui/imagelistmodel.cpp" line="61" />
        <source>Image ID</source>
        <translation>镜像 ID</translation>
    </message>
    <message>
        <location filename="../gui/imagelistmodel.cpp" line="62" />
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../gui/imagelistmodel.cpp" line="63" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/mainwindow.cpp" line="45" />
        <source>Porthole</source>
        <translation>Porthole</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="46" />
        <location filename="../gui/mainwindow.cpp" line="106" />
        <source>Images</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="48" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="50" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="51" />
        <source>Build busybox starter image</source>
        <translation>构建 busybox 入门镜像</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="56" />
        <source>No images yet. An image is a stack of read-only layers; containers are created from it.
Build busybox:latest from this machine's busybox to start, offline.</source>
        <translation>还没有镜像。镜像是一叠只读层，容器由镜像创建。
用本机的 busybox 离线构建 busybox:latest 开始体验。</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="61" />
        <source>Build busybox:latest</source>
        <translation>构建 busybox:latest</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="105" />
        <source>Containers</source>
        <translation>容器</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="167" />
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/mainwindow.cpp" line="187" />
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 个镜像</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="203" />
        <source>Building busybox:latest from this machine's busybox…</source>
        <translation>正在用本机的 busybox 构建 busybox:latest…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="211" />
        <source>Built busybox:latest (%1)</source>
        <translation>已构建 busybox:latest（%1）</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="226" />
        <source>Import a root filesystem tarball</source>
        <translation>导入根文件系统 tar 包</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="227" />
        <source>Tar archives (*.tar *.tar.gz *.tgz *.tar.xz *.tar.bz2 *.tar.zst);;All files (*)</source>
        <translation>Tar 归档 (*.tar *.tar.gz *.tgz *.tar.xz *.tar.bz2 *.tar.zst);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="234" />
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="240" />
        <source>Imported %1</source>
        <translation>已导入 %1</translation>
    </message>
</context>
</TS>