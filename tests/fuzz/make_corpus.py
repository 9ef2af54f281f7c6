#!/usr/bin/env python3
"""Writes the seed corpus of every harness under tests/fuzz/corpus/<harness>/.

Small, realistic inputs: references, command lines, templates, --change
lines, registries.conf, auth files, registry replies as registries send them,
image configs, and tiny archives made here (docker-archive, OCI layout,
layer tars) including hostile ones (path traversal, links out of the layer,
devices, whiteouts, duplicate names). Run it again after changing it; the
files are kept in the repository so the fuzzers start from them.
"""
import gzip
import hashlib
import io
import json
import os
import sys
import tarfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus")
MTIME = 1700000000


def write(harness, name, data):
    d = os.path.join(OUT, harness)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def sha(data):
    return hashlib.sha256(data).hexdigest()


def tar(entries, fmt=tarfile.PAX_FORMAT):
    """entries: (name, kind, extra) with kind file/dir/symlink/link/chr/fifo."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=fmt) as t:
        for entry in entries:
            name, kind = entry[0], entry[1]
            extra = entry[2] if len(entry) > 2 else None
            info = tarfile.TarInfo(name)
            info.mtime = MTIME
            info.uid = info.gid = 0
            data = None
            if kind == "file":
                data = extra if isinstance(extra, bytes) else (extra or "").encode()
                info.size = len(data)
                info.mode = 0o644
            elif kind == "exec":
                data = extra.encode()
                info.size = len(data)
                info.mode = 0o4755
            elif kind == "dir":
                info.type = tarfile.DIRTYPE
                info.mode = 0o755
            elif kind == "symlink":
                info.type = tarfile.SYMTYPE
                info.linkname = extra
            elif kind == "link":
                info.type = tarfile.LNKTYPE
                info.linkname = extra
            elif kind == "chr":
                info.type = tarfile.CHRTYPE
                info.devmajor, info.devminor = extra
            elif kind == "fifo":
                info.type = tarfile.FIFOTYPE
            elif kind == "xattr":
                info.type = tarfile.DIRTYPE
                info.mode = 0o755
                info.pax_headers = extra
            t.addfile(info, io.BytesIO(data) if data is not None else None)
    return buf.getvalue()


# --- layer tars ---------------------------------------------------------
BASIC_LAYER = tar([
    ("bin", "dir"), ("bin/busybox", "exec", "#!/bin/sh\necho busybox\n"), ("bin/sh", "link", "bin/busybox"),
    ("etc", "dir"), ("etc/hostname", "file", "porthole\n"), ("etc/localtime", "symlink", "/usr/share/zoneinfo/UTC"),
    ("tmp", "dir"), ("var/run", "symlink", "../run"),
])
WHITEOUT_LAYER = tar([
    ("etc", "dir"), ("etc/.wh.hostname", "file"), ("var", "dir"), ("var/cache", "dir"), ("var/cache/.wh..wh..opq", "file"),
    ("var/cache/new", "file", "x"),
])
HOSTILE_LAYERS = {
    "dotdot": tar([("../escaped", "file", "out"), ("a/../../escaped2", "file", "out")]),
    "absolute": tar([("/tmp/porthole-escaped", "file", "out"), ("/etc/porthole-escaped", "file", "out")]),
    "symlink-dir-escape": tar([("evil", "symlink", "/tmp"), ("evil/porthole-escaped", "file", "out")]),
    "symlink-relative-escape": tar([("d", "dir"), ("d/up", "symlink", "../../../../.."), ("d/up/tmp/porthole-escaped", "file", "out")]),
    "symlink-chain": tar([("a", "symlink", "b"), ("b", "symlink", "c"), ("c", "symlink", "/"), ("a/tmp/porthole-escaped", "file", "x")]),
    "hardlink-outside": tar([("passwd", "link", "/etc/passwd"), ("passwd", "file", "root::0:0::/:/bin/sh\n")]),
    "hardlink-dotdot": tar([("h", "link", "../../etc/hostname"), ("h2", "link", "h")]),
    "hardlink-through-symlink": tar([("s", "symlink", "/etc"), ("h", "link", "s/hostname")]),
    "dir-replaced-by-symlink": tar([("d", "dir"), ("d", "symlink", "/tmp"), ("d/porthole-escaped", "file", "x")]),
    "file-then-dir": tar([("x", "file", "a"), ("x", "dir"), ("x/y", "file", "b"), ("x", "file", "c")]),
    "devices": tar([("dev", "dir"), ("dev/null", "chr", (1, 3)), ("dev/sda", "chr", (8, 0)), ("dev/fifo", "fifo")]),
    "whiteout-escape": tar([("../.wh.etc", "file"), ("a/.wh...", "file"), (".wh..wh..opq", "file")]),
    "xattrs": tar([("d", "xattr", {"SCHILY.xattr.trusted.overlay.opaque": "y", "SCHILY.xattr.user.note": "n",
                                    "SCHILY.xattr.security.capability": "\x01\x00\x00\x02"})]),
    "long-names": tar([("d/" + "a" * 200 + "/" + "b" * 120, "file", "long"), ("l", "symlink", "c" * 300)]),
    "gnu-format": tar([("gnu/" + "n" * 150, "file", "gnu"), ("gnu/l", "symlink", "/" + "x" * 120)], tarfile.GNU_FORMAT),
    "empty-names": tar([(".", "dir"), ("./", "dir"), ("./.", "file", "z")]),
}
# a name that is not UTF-8 (Latin-1 "café"): QDir cannot even remove it
_latin1 = io.BytesIO()
with tarfile.open(fileobj=_latin1, mode="w", format=tarfile.GNU_FORMAT, encoding="latin-1") as _t:
    _info = tarfile.TarInfo("caf\xe9")
    _info.size = 1
    _t.addfile(_info, io.BytesIO(b"x"))
HOSTILE_LAYERS["non-utf8-name"] = _latin1.getvalue()


def write_layers():
    write("layerextract", "basic.tar", BASIC_LAYER)
    write("layerextract", "basic.tar.gz", gzip.compress(BASIC_LAYER, mtime=0))
    write("layerextract", "whiteouts.tar", WHITEOUT_LAYER)
    write("layerextract", "empty.tar", b"\0" * 1024)
    for name, data in HOSTILE_LAYERS.items():
        write("layerextract", "hostile-" + name + ".tar", data)
    write("layerextract", "truncated.tar", BASIC_LAYER[:700])
    write("layerextract", "truncated.tar.gz", gzip.compress(BASIC_LAYER, mtime=0)[:90])
    # a gzip stream whose CRC is wrong
    bad = bytearray(gzip.compress(WHITEOUT_LAYER, mtime=0))
    bad[-8] ^= 0xFF
    write("layerextract", "bad-crc.tar.gz", bytes(bad))
    # the writer alone (no path guard above it) takes the plain tars, and
    # names that only the guard would have refused
    write("layerwriter", "basic.tar", BASIC_LAYER)
    write("layerwriter", "whiteouts.tar", WHITEOUT_LAYER)
    for name, data in HOSTILE_LAYERS.items():
        write("layerwriter", "hostile-" + name + ".tar", data)
    write("layerwriter", "hostile-dotdot-dirs.tar", tar([("..", "dir"), ("a", "dir"), ("a/..", "dir"), (".", "dir"),
                                                         ("..", "xattr", {"SCHILY.xattr.user.escaped": "y"})]))
    write("layerwriter", "hostile-dotdot-nodes.tar", tar([("..", "symlink", "/"), ("..", "fifo"), ("../x", "link", "bin/sh"),
                                                          ("a/../..", "file", "x"), (".wh...", "file")]))


# --- image archives -----------------------------------------------------
def image_config(diff_ids, history=None):
    return json.dumps({
        "architecture": "amd64", "os": "linux", "created": "2024-01-01T00:00:00Z",
        "config": {"Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"], "Cmd": ["sh"],
                   "Labels": {"org.opencontainers.image.title": "tiny"}, "WorkingDir": "/", "ExposedPorts": {"80/tcp": {}}},
        "rootfs": {"type": "layers", "diff_ids": ["sha256:" + sha(d) for d in diff_ids]},
        "history": history or [{"created": "2024-01-01T00:00:00Z", "created_by": "/bin/sh -c #(nop) ADD file:abc in / "},
                               {"created": "2024-01-01T00:00:01Z", "created_by": "/bin/sh -c #(nop)  CMD [\"sh\"]", "empty_layer": True}],
    }, separators=(",", ":")).encode()


def docker_archive(layers, tags=("tiny:latest",), config=None, layer_names=None, gzip_layers=False):
    config = config or image_config(layers)
    entries, names = [], []
    for i, layer in enumerate(layers):
        blob = gzip.compress(layer, mtime=0) if gzip_layers else layer
        name = layer_names[i] if layer_names else sha(layer) + "/layer.tar"
        names.append(name)
        entries.append((name, "file", blob))
    config_name = sha(config) + ".json"
    entries.append((config_name, "file", config))
    entries.append(("manifest.json", "file", json.dumps([{"Config": config_name, "RepoTags": list(tags), "Layers": names}]).encode()))
    entries.append(("repositories", "file", json.dumps({"tiny": {"latest": sha(layers[-1]) if layers else ""}}).encode()))
    return tar(entries, tarfile.USTAR_FORMAT)


def oci_layout(layers, ref="tiny:1.0", nested=False):
    config = image_config(layers)
    blobs = {}
    layer_descs = []
    for layer in layers:
        blob = gzip.compress(layer, mtime=0)
        blobs[sha(blob)] = blob
        layer_descs.append({"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": "sha256:" + sha(blob), "size": len(blob)})
    blobs[sha(config)] = config
    manifest = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
                           "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": "sha256:" + sha(config), "size": len(config)},
                           "layers": layer_descs}).encode()
    blobs[sha(manifest)] = manifest
    top = {"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": "sha256:" + sha(manifest), "size": len(manifest),
           "annotations": {"org.opencontainers.image.ref.name": ref}, "platform": {"architecture": "amd64", "os": "linux"}}
    if nested:
        inner = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": [dict(top, annotations={})]}).encode()
        blobs[sha(inner)] = inner
        top = {"mediaType": "application/vnd.oci.image.index.v1+json", "digest": "sha256:" + sha(inner), "size": len(inner),
               "annotations": {"org.opencontainers.image.ref.name": ref}}
    index = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": [top]}).encode()
    entries = [("oci-layout", "file", b'{"imageLayoutVersion":"1.0.0"}'), ("index.json", "file", index), ("blobs", "dir"), ("blobs/sha256", "dir")]
    entries += [("blobs/sha256/" + digest, "file", blob) for digest, blob in blobs.items()]
    return tar(entries, tarfile.USTAR_FORMAT)


def write_archives():
    small = tar([("hello", "file", "hello\n")])
    archives = {
        "docker-archive.tar": docker_archive([BASIC_LAYER]),
        "docker-archive-two-layers.tar": docker_archive([BASIC_LAYER, WHITEOUT_LAYER], tags=("tiny:2", "other/tiny:latest")),
        "docker-archive-gzip-layers.tar": docker_archive([small], gzip_layers=True),
        "docker-archive-untagged.tar": docker_archive([small], tags=()),
        "oci-layout.tar": oci_layout([small]),
        "oci-layout-nested-index.tar": oci_layout([small], nested=True),
        "hostile-layer-name-dotdot.tar": docker_archive([small], layer_names=["../../../tmp/porthole-escaped/layer.tar"]),
        "hostile-diffid-mismatch.tar": docker_archive([small], config=image_config([BASIC_LAYER])),
        "hostile-escaping-layer.tar": docker_archive([HOSTILE_LAYERS["symlink-dir-escape"]]),
        "hostile-bad-tag.tar": docker_archive([small], tags=("UPPER:case", "a:b:c", "")),
    }
    for name, data in archives.items():
        write("imagearchive", name, data)
        write("archiveprobe", name, data)
    write("archiveprobe", "rootfs.tar", BASIC_LAYER)
    write("archiveprobe", "rootfs.tar.gz", gzip.compress(BASIC_LAYER, mtime=0))
    write("archiveprobe", "garbage.bin", b"PK\x03\x04 not a tar at all")
    write("archiveprobe", "empty", b"")
    return archives


# --- small text inputs ----------------------------------------------------
DIGEST = "sha256:" + "0123456789abcdef" * 4


def write_texts():
    references = ["busybox", "busybox:1.36", "library/busybox:latest", "docker.io/library/alpine:3.19",
                  "quay.io/podman/stable:v4", "localhost:5000/team/app@" + DIGEST, "[::1]:5000/a/b:c",
                  "ghcr.io/org/img:v1.0@" + DIGEST, "0123456789ab", "linux/arm/v7", "linux/arm64/v8",
                  "registry.example.com:443/deep/path/name:tag_with.dots-1", "Busybox", "a" * 300]
    for i, r in enumerate(references):
        write("reference", "ref%02d" % i, r)

    commands = ["run -it --rm -p 8080:80 -v /data:/data:ro --name web -e 'GREETING=hello world' busybox sh -c \"echo $HOME\"",
                "docker ps -a --format '{{.Names}}\\t{{.Status}}' --filter status=exited",
                "network create --subnet 10.5.0.0/24 --gateway 10.5.0.1 net1", "image ls --filter dangling=true -q",
                "exec -it -u 1000 -w /tmp web sh", "commit -c 'CMD [\"sh\"]' -m msg web img:1",
                "--root /tmp/x --runtime crun images --no-trunc", "podman run --network=none --pull=never -d busybox sleep 1d",
                "container rm -f $(ps -q)", "logs --tail 10 -f -t web", "cp web:/etc/hostname -",
                "import --change 'ENV A=b' - img", "inspect --format '{{json .State}}' web", "run -e A busybox env \\",
                "run 'unterminated", "save -o /tmp/a.tar busybox alpine", "--help", "network", "version"]
    for i, c in enumerate(commands):
        write("cmdline", "cmd%02d" % i, c)

    templates = ["{{.ID}}\t{{.Names}}", "{{json .Config}}", "{{range $k, $v := .Labels}}{{$k}}={{$v}} {{end}}",
                 "{{if .State.Running}}up{{else if eq .State.ExitCode 0}}done{{else}}failed{{end}}",
                 "{{index .Labels \"version\"}}", "{{.NetworkSettings.Networks.bridge.IPAddress}}",
                 "{{join .Config.Env \",\"}}", "{{upper .Image}} {{lower .Status}} {{title .Image}}",
                 "{{printf \"%s-%d\" .Image .Size}}", "{{with .Config}}{{.Cmd}}{{end}}", "{{len .Names}}",
                 "{{- .ID -}} {{/* comment */}}", "{{range .Config.Env}}{{split . \"=\"}}{{end}}",
                 "table {{.ID}}\t{{.Image}}", "{{$x := .Size}}{{$x}}", "{{range $i, $e := .Names}}{{$i}}:{{$e}}{{end}}",
                 "{{.State}}\0{\"State\":{\"Running\":false},\"Nested\":[[1,2],[3]]}",
                 "{{range .}}{{.}}{{end}}\0[1,\"two\",{\"three\":3},null,true]", "{{json .}}\0\"plain string\"",
                 "{{not (or .A .B)}} {{and 1 0}} {{ne 1 2}} {{lt 1 2}}\0{\"A\":false,\"B\":\"\"}", "{{pad .ID 5 2}} {{truncate .ID 3}}"]
    for i, t in enumerate(templates):
        write("gotemplate", "tmpl%02d" % i, t)

    changes = ["CMD [\"sh\"]", "CMD echo hello", "ENV A=b C=\"d e\"", "ENV SINGLE value with spaces",
               "ENTRYPOINT [\"/bin/sh\", \"-c\"]", "ENTRYPOINT /bin/sh -c", "EXPOSE 80/tcp 443 53/udp",
               "LABEL a=b \"c d\"=e", "USER 1000:1000", "WORKDIR /app", "VOLUME [\"/data\", \"/logs\"]", "VOLUME /data",
               "STOPSIGNAL SIGTERM", "ONBUILD RUN make", "cmd [\"lower\"]", "HEALTHCHECK NONE",
               "ENV A=b\nCMD [\"sh\"]\nWORKDIR relative\nEXPOSE 99999"]
    for i, c in enumerate(changes):
        write("changes", "change%02d" % i, c)


def write_registry_files():
    write("registriesconf", "podman-default.conf", """\
# containers-registries.conf(5), as Debian's podman installs it (abridged)
unqualified-search-registries = ["docker.io", "quay.io"]

[aliases]
"fedora" = "registry.fedoraproject.org/fedora"
""")
    write("registriesconf", "mirrors.conf", """\
unqualified-search-registries = ["docker.io"]
short-name-mode = "permissive"

[[registry]]
prefix = "docker.io"
location = "registry-1.docker.io"

[[registry.mirror]]
location = "mirror.gcr.io"

[[registry.mirror]]
location = "localhost:5000"
insecure = true
pull-from-mirror = "digest-only"

[[registry]]
prefix = "quay.io/blocked"
location = "quay.io/blocked"
blocked = true

[[registry]]
prefix = "*.example.com"
location = "registry.internal:5000/example"
insecure = true
""")
    write("registriesconf", "v1.conf", """\
[registries.search]
registries = ['docker.io', 'registry.fedoraproject.org']

[registries.insecure]
registries = ['localhost:5000']

[registries.block]
registries = []
""")
    write("registriesconf", "bad.conf", "[[registry]]\nprefix = \"x\"\nlocation = \nmirror = [1, 2\n")

    def b64(s):
        import base64
        return base64.b64encode(s.encode()).decode()
    write("authfile", "docker-config.json", json.dumps({
        "auths": {"https://index.docker.io/v1/": {"auth": b64("alice:s3cret")}, "localhost:5000": {"auth": b64("bob:pw:with:colons")},
                  "quay.io": {"identitytoken": "eyJhbGciOi..."}, "ghcr.io": {}},
        "credHelpers": {"123456789.dkr.ecr.us-east-1.amazonaws.com": "ecr-login", "gcr.io": "gcloud"},
        "credsStore": "desktop", "HttpHeaders": {"User-Agent": "Docker-Client/24"}}, indent=1))
    write("authfile", "podman-auth.json", json.dumps({"auths": {"docker.io": {"auth": b64("alice:pw")},
                                                                 "quay.io/team": {"auth": b64("team+robot:TOKEN")},
                                                                 "registry.example.com:5000/ns/repo": {"auth": b64("<token>:xyz")}}}))
    write("authfile", "bad-base64.json", json.dumps({"auths": {"docker.io": {"auth": "!!!notbase64"}, "x": {"auth": b64("nocolon")}}}))
    write("authfile", "empty.json", "{}")
    write("authfile", "wrong-types.json", json.dumps({"auths": [1, 2], "credHelpers": "x", "credsStore": 5}))

    manifest = json.dumps({
        "schemaVersion": 2, "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
        "config": {"mediaType": "application/vnd.docker.container.image.v1+json", "size": 1457,
                   "digest": "sha256:3f57d9401f8d42f986df300f0c69192fc41da28ccc8d797829467780db3dd741"},
        "layers": [{"mediaType": "application/vnd.docker.image.rootfs.diff.tar.gzip", "size": 2152262,
                    "digest": "sha256:9ad63333ebc97e32b987ae66aa3cff81300e4c2e6d2f2395cef8a3ae18b249fe"}]}, indent=3)
    write("registry_manifest", "docker-v2", "application/vnd.docker.distribution.manifest.v2+json\n" + manifest)
    write("registry_manifest", "docker-v2-no-type", "\n" + manifest)
    plats = [("amd64", None), ("arm", "v6"), ("arm", "v7"), ("arm64", "v8"), ("386", None), ("ppc64le", None), ("s390x", None)]
    index = {"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": []}
    for i, (arch, variant) in enumerate(plats):
        p = {"architecture": arch, "os": "linux"}
        if variant:
            p["variant"] = variant
        index["manifests"].append({"mediaType": "application/vnd.oci.image.manifest.v1+json", "size": 610 + i,
                                   "digest": "sha256:%064x" % (i + 1), "platform": p})
    index["manifests"].append({"mediaType": "application/vnd.oci.image.manifest.v1+json", "size": 840, "digest": "sha256:%064x" % 99,
                               "platform": {"architecture": "unknown", "os": "unknown"},
                               "annotations": {"vnd.docker.reference.type": "attestation-manifest",
                                               "vnd.docker.reference.digest": "sha256:%064x" % 1}})
    write("registry_manifest", "oci-index", "application/vnd.oci.image.index.v1+json\n" + json.dumps(index))
    docker_list = dict(index, mediaType="application/vnd.docker.distribution.manifest.list.v2+json")
    write("registry_manifest", "docker-list", "application/vnd.docker.distribution.manifest.list.v2+json\n" + json.dumps(docker_list))
    win = {"schemaVersion": 2, "manifests": [{"mediaType": "application/vnd.oci.image.manifest.v1+json", "size": 1, "digest": "sha256:%064x" % 5,
                                              "platform": {"architecture": "amd64", "os": "windows", "os.version": "10.0.17763.5329"}}]}
    write("registry_manifest", "windows-only", "application/vnd.oci.image.index.v1+json; charset=utf-8\n" + json.dumps(win))
    oci = {"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
           "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": "sha256:%064x" % 7, "size": 500},
           "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar+zstd", "digest": "sha256:%064x" % 8, "size": 10}],
           "annotations": {"org.opencontainers.image.created": "2024-01-01T00:00:00Z"}}
    write("registry_manifest", "oci-manifest", "application/vnd.oci.image.manifest.v1+json\n" + json.dumps(oci))
    write("registry_manifest", "schema1", "application/vnd.docker.distribution.manifest.v1+prettyjws\n" +
          json.dumps({"schemaVersion": 1, "name": "library/busybox", "tag": "latest", "fsLayers": [{"blobSum": "sha256:%064x" % 3}]}))
    write("registry_manifest", "tags", "application/json\n" + json.dumps({"name": "library/busybox", "tags": ["1.36", "1.36.1", "latest", "musl"]}))
    write("registry_manifest", "catalog", "</v2/_catalog?last=b&n=2>; rel=\"next\"\n" + json.dumps({"repositories": ["a/b", "b"]}))
    write("registry_manifest", "hub-search", "bytes 0-1023/4096\n" + json.dumps({
        "num_pages": 1, "num_results": 2, "page": 1, "query": "busybox",
        "results": [{"name": "busybox", "description": "Busybox base image.", "star_count": 3200, "is_official": True, "is_automated": False},
                    {"name": "user/busybox", "description": "", "star_count": 1, "is_official": False, "is_automated": True}]}))
    write("registry_manifest", "upload-range", "0-1048575\n{\"errors\":[{\"code\":\"BLOB_UNKNOWN\",\"message\":\"blob unknown\"}]}")

    challenges = [
        ("Bearer realm=\"https://auth.docker.io/token\",service=\"registry.docker.io\",scope=\"repository:library/busybox:pull\"",
         {"token": "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.e30.sig", "access_token": "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.e30.sig",
          "expires_in": 300, "issued_at": "2026-01-01T00:00:00.123456789Z"}),
        ("Basic realm=\"Registry Realm\"", None),
        ("Bearer realm=\"https://quay.io/v2/auth\",service=\"quay.io\",scope=\"repository:team/app:pull,push\"\n"
         "Basic realm=\"quay\"", {"token": "abc"}),
        ("Bearer realm=\"https://ghcr.io/token\",service=\"ghcr.io\",scope=\"repository:org/img:pull\",error=\"insufficient_scope\"",
         {"token": "djE6b3JnL2ltZzoxNzA=", "expires_in": -5}),
        ("Bearer realm=\"https://x/token\", scope=\"a:b:pull b:c:push\", service=x, error=\"invalid_token\", error_description=\"expired \\\"token\\\"\"",
         {"access_token": "only-access", "refresh_token": "r", "issued_at": "not a date"}),
        ("Negotiate, Basic realm=x, Bearer", {"token": 5}),
        ("bearer REALM=\"http://127.0.0.1:5001/auth\"", {"token": "", "expires_in": 999999999999999999}),
    ]
    for i, (header, reply) in enumerate(challenges):
        data = header + ("\0" + json.dumps(reply) if reply is not None else "")
        write("registry_auth", "challenge%02d" % i, data)


# --- the API service's HTTP ----------------------------------------------
def write_api_requests():
    # first byte: bit 0 streams POST/PUT bodies, the rest the piece size
    create = json.dumps({"Image": "busybox", "Cmd": ["sh"], "Tty": True, "HostConfig": {"Binds": ["/tmp:/data"]}})
    requests = {
        "ping": "GET /_ping HTTP/1.1\r\nHost: docker\r\n\r\n",
        "ping-head": "HEAD /_ping HTTP/1.0\r\n\r\n",
        "list": "GET /v1.41/containers/json?all=1&filters=%7B%22status%22%3A%5B%22running%22%5D%7D HTTP/1.1\r\nHost: docker\r\nUser-Agent: Docker-Client/20.10.24\r\n\r\n",
        "create": "POST /v1.41/containers/create?name=web HTTP/1.1\r\nHost: docker\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(create), create),
        "keepalive-two": "GET /version HTTP/1.1\r\nHost: d\r\n\r\nPOST /containers/web/start HTTP/1.1\r\nHost: d\r\nContent-Length: 0\r\n\r\n",
        "chunked": "POST /v1.41/images/load?quiet=1 HTTP/1.1\r\nHost: d\r\nTransfer-Encoding: chunked\r\nContent-Type: application/x-tar\r\n\r\n5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\nTrailer: x\r\n\r\n",
        "attach-upgrade": "POST /v1.41/containers/web/attach?stream=1&stdin=1&stdout=1 HTTP/1.1\r\nHost: d\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\nls\n",
        "archive-put": "PUT /containers/web/archive?path=%2Ftmp HTTP/1.1\r\nHost: d\r\nContent-Length: 4\r\n\r\ntar!",
        "plus-and-percent": "GET /images/json?filters=%7B%22reference%22%3A%5B%22busy%2Bbox%22%5D%7D&digests=true+x HTTP/1.1\r\nHost: d\r\n\r\n",
        "bad-length": "POST /containers/create HTTP/1.1\r\nContent-Length: -1\r\n\r\n",
        "huge-length": "POST /images/load HTTP/1.1\r\nContent-Length: 99999999999999\r\n\r\n",
        "bad-chunk": "POST /images/load HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        "http09": "GET /\r\n\r\n",
    }
    for name, text in requests.items():
        data = text.encode()
        write("apirequest", name, bytes([0]) + data)          # whole, bodies read whole
        write("apirequest", name + "-streamed-7", bytes([1 | (6 << 1)]) + data)  # pieces of 7, bodies streamed


def write_configs():
    layers = [BASIC_LAYER, WHITEOUT_LAYER]
    write("imageconfig", "docker-config.json", image_config(layers))
    oci = json.loads(image_config(layers))
    oci["config"]["Entrypoint"] = ["/docker-entrypoint.sh"]
    oci["config"]["Healthcheck"] = {"Test": ["CMD-SHELL", "true"], "Interval": 30000000000}
    oci["config"]["Volumes"] = {"/data": {}}
    oci["config"]["User"] = "nobody"
    oci["variant"] = "v8"
    oci["architecture"] = "arm64"
    oci["os.version"] = "1"
    write("imageconfig", "oci-config.json", json.dumps(oci, indent=2))
    busybox = {"architecture": "amd64", "config": {"Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"], "Cmd": ["sh"]},
               "created": "2023-07-18T23:19:33.655005962Z",
               "history": [{"created": "2023-07-18T23:19:33.538571854Z", "created_by": "/bin/sh -c #(nop) ADD file:7e9002edaafd4e4579b65c8f0aaabde1aeb7fd3f8d95579f7fd3443cef785fd1 in / "},
                           {"created": "2023-07-18T23:19:33.655005962Z", "created_by": "/bin/sh -c #(nop)  CMD [\"sh\"]", "empty_layer": True}],
               "os": "linux", "rootfs": {"type": "layers", "diff_ids": ["sha256:3d24ee258efc3bfe4066a1a9fb83febf6dc0b1548dfe896161533668281c9f4f"]}}
    write("imageconfig", "busybox-config.json", json.dumps(busybox))
    bad = dict(busybox, rootfs={"type": "layers", "diff_ids": ["sha256:short", "md5:" + "0" * 32, 7]}, created="yesterday", history="none")
    write("imageconfig", "bad-fields.json", json.dumps(bad))
    write("imageconfig", "no-rootfs.json", json.dumps({"architecture": "amd64", "os": "linux", "config": None}))


def main():
    # Seeds are rewritten; inputs kept from findings (finding-*) stay.
    for root, _dirs, files in os.walk(OUT):
        for name in files:
            if not name.startswith("finding-"):
                os.remove(os.path.join(root, name))
    write_layers()
    write_archives()
    write_texts()
    write_registry_files()
    write_configs()
    write_api_requests()


if __name__ == "__main__":
    main()
