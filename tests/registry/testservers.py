#!/usr/bin/python3
# Small HTTP servers for the registry tests, on 127.0.0.1, each printing
# "PORT <n>" once it listens:
#   testservers.py token --key K --cert C --issuer I --service S --user U --password P --log FILE
#     Docker's token service: JWTs signed RS256 with openssl (the x5c header
#     carries the certificate the registry trusts); anonymous callers get pull,
#     users with the right Basic credentials also push and the catalog.
#   testservers.py files --dir D [--log FILE]
#     Files of a directory with Content-Length; /redirect/NAME answers 302 to
#     /NAME, /redirect-to/PORT/NAME 302 to http://localhost:PORT/NAME (another
#     host), /flaky/N/NAME 503 for the first N requests; each request's path
#     and whether it carried Authorization go to the log.
import argparse
import base64
import datetime
import http.server
import json
import os
import secrets
import subprocess
import sys
import time
import urllib.parse


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def certificate_der_base64(path):
    lines = [line.strip() for line in open(path) if line.strip() and not line.startswith("-----")]
    return "".join(lines)


class TokenHandler(http.server.BaseHTTPRequestHandler):
    options = None

    def log_message(self, *args):
        pass

    def user(self):
        header = self.headers.get("Authorization", "")
        if not header.startswith("Basic "):
            return None, False
        name, _, password = base64.b64decode(header[6:]).decode().partition(":")
        if name == self.options.user and password == self.options.password:
            return name, False
        return None, True

    def grant(self, scope, user):
        kind, _, rest = scope.partition(":")
        name, _, actions = rest.rpartition(":")
        wanted = actions.split(",")
        if kind == "registry":
            granted = wanted if user else []
        else:
            granted = [a for a in wanted if a == "pull" or (user and a in ("push", "*", "delete"))]
        return {"type": kind, "name": name, "actions": granted}

    def do_GET(self):
        query = urllib.parse.parse_qs(urllib.parse.urlparse(self.path).query)
        user, refused = self.user()
        scopes = query.get("scope", [])
        with open(self.options.log, "a") as log:
            log.write(json.dumps({"path": urllib.parse.urlparse(self.path).path, "scopes": scopes,
                                  "account": query.get("account", [""])[0], "basic": "Authorization" in self.headers,
                                  "query": self.path}) + "\n")
        if refused:
            self.reply(401, {"details": "incorrect username or password"})
            return
        now = int(time.time())
        claims = {"iss": self.options.issuer, "sub": user or "", "aud": self.options.service, "exp": now + 300,
                  "nbf": now - 10, "iat": now, "jti": secrets.token_hex(8),
                  "access": [self.grant(scope, user) for scope in scopes]}
        header = {"typ": "JWT", "alg": "RS256", "x5c": [certificate_der_base64(self.options.cert)]}
        payload = b64url(json.dumps(header).encode()) + "." + b64url(json.dumps(claims).encode())
        signature = subprocess.run(["openssl", "dgst", "-sha256", "-sign", self.options.key], input=payload.encode(),
                                   capture_output=True, check=True).stdout
        token = payload + "." + b64url(signature)
        issued = datetime.datetime.utcfromtimestamp(now).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.reply(200, {"token": token, "access_token": token, "expires_in": 300, "issued_at": issued})

    def reply(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class FileHandler(http.server.BaseHTTPRequestHandler):
    directory = None
    log = ""
    failures = {}

    def log_message(self, *args):
        pass

    def answer(self, status, headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self):
        path = urllib.parse.urlparse(self.path).path
        if self.log:
            with open(self.log, "a") as log:
                log.write(json.dumps({"path": path, "authorization": "Authorization" in self.headers}) + "\n")
        parts = path.split("/")
        if path.startswith("/redirect/"):
            self.answer(302, [("Location", "/" + path[len("/redirect/"):])])
            return
        if path.startswith("/redirect-to/"):
            self.answer(302, [("Location", "http://localhost:%s/%s" % (parts[2], "/".join(parts[3:])))])
            return
        if path.startswith("/flaky/"):
            seen = FileHandler.failures.get(path, 0)
            FileHandler.failures[path] = seen + 1
            if seen < int(parts[2]):
                self.answer(503)
                return
        file = os.path.join(self.directory, os.path.basename(path))
        if not os.path.isfile(file):
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Length", str(os.path.getsize(file)))
        self.end_headers()
        with open(file, "rb") as f:
            while True:
                chunk = f.read(1 << 16)
                if not chunk:
                    break
                self.wfile.write(chunk)


def serve(handler):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    print("PORT %d" % server.server_address[1], flush=True)
    server.serve_forever()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=["token", "files"])
    for name in ("key", "cert", "issuer", "service", "user", "password", "log", "dir"):
        parser.add_argument("--" + name, default="")
    options = parser.parse_args()
    if options.kind == "token":
        TokenHandler.options = options
        serve(TokenHandler)
    else:
        FileHandler.directory = options.dir
        FileHandler.log = options.log
        serve(FileHandler)


if __name__ == "__main__":
    sys.exit(main())
