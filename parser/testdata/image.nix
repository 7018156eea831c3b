# A container image set in the shape real projects use: a few services
# built with dockerTools, shared settings, a start-up script and a layered
# variant. Used by the parser's tests and benchmarks.
{ pkgs ? import <nixpkgs> { }
, lib ? pkgs.lib
, dockerTools ? pkgs.dockerTools
, version ? "1.4.2"
, withDebugTools ? false
, extraPackages ? [ ]
, ...
}@args:

let
  inherit (lib) optional optionals optionalString concatStringsSep mapAttrsToList;
  inherit (pkgs) writeShellScriptBin cacert tzdata;

  /* Shared metadata: every image carries the same labels so that the
     registry UI can group them. */
  labels = {
    "org.opencontainers.image.source" = "https://example.org/acme/services";
    "org.opencontainers.image.version" = version;
    "org.opencontainers.image.licenses" = "MIT";
  };

  user = "app";
  uid = 1000;
  gid = 1000;
  homeDir = "/var/lib/${user}";

  # Environment common to every service.
  baseEnv = {
    SSL_CERT_FILE = "${cacert}/etc/ssl/certs/ca-bundle.crt";
    TZDIR = "${tzdata}/share/zoneinfo";
    LANG = "C.UTF-8";
    HOME = homeDir;
  };

  toEnvList = env: mapAttrsToList (name: value: "${name}=${toString value}") env;

  passwd = pkgs.writeTextDir "etc/passwd" ''
    root:x:0:0:root:/root:/bin/sh
    ${user}:x:${toString uid}:${toString gid}::${homeDir}:/bin/sh
  '';

  group = pkgs.writeTextDir "etc/group" ''
    root:x:0:
    ${user}:x:${toString gid}:
  '';

  entrypoint = writeShellScriptBin "entrypoint" ''
    set -euo pipefail
    # Wait for the database before starting, at most ''${WAIT_SECONDS:-30}s.
    deadline=$(( $(date +%s) + ''${WAIT_SECONDS:-30} ))
    until ${pkgs.postgresql}/bin/pg_isready -q -h "''${DB_HOST:-db}"; do
      if [ "$(date +%s)" -ge "$deadline" ]; then
        echo "database did not come up" >&2
        exit 1
      fi
      sleep 1
    done
    ${optionalString withDebugTools ''
      echo "debug tools: ${concatStringsSep " " (map (p: p.pname or p.name) debugTools)}"
    ''}
    exec "$@"
  '';

  debugTools = with pkgs; [ bashInteractive coreutils curl jq strace ];

  services = rec {
    api = {
      package = pkgs.callPackage ./services/api { inherit version; };
      port = 8080;
      args = [ "--listen" ":${toString api.port}" "--log-format" "json" ];
      env = { API_WORKERS = 4; API_TIMEOUT = "30s"; };
    };
    worker = {
      package = pkgs.callPackage ./services/worker { inherit version; };
      port = 9090;
      args = [ "--queue" "default" "--concurrency" (toString (api.env.API_WORKERS * 2)) ];
      env = { };
    };
    scheduler = worker // {
      args = worker.args ++ [ "--schedule" ./config/schedule.json ];
      env = worker.env // { SCHEDULER_TZ = "UTC"; };
    };
  };

  mkImage = name: svc:
    let
      contents = [ passwd group entrypoint cacert svc.package ]
        ++ optionals withDebugTools debugTools
        ++ extraPackages;
      tag = if version == "" then "latest" else version;
    in
    assert lib.assertMsg (svc.port > 0 && svc.port < 65536) "bad port for ${name}";
    dockerTools.buildLayeredImage {
      name = "registry.example.org/acme/${name}";
      inherit tag;
      created = "now";
      maxLayers = 100;
      inherit contents;
      fakeRootCommands = ''
        mkdir -p .${homeDir} ./tmp
        chown -R ${toString uid}:${toString gid} .${homeDir}
        chmod 1777 ./tmp
      '';
      enableFakechroot = true;
      config = {
        User = "${toString uid}:${toString gid}";
        WorkingDir = homeDir;
        Entrypoint = [ "${entrypoint}/bin/entrypoint" ];
        Cmd = [ "${svc.package}/bin/${name}" ] ++ svc.args;
        Env = toEnvList (baseEnv // svc.env);
        ExposedPorts = { "${toString svc.port}/tcp" = { }; };
        Labels = labels // { "org.opencontainers.image.title" = name; };
        Volumes = { ${homeDir} = { }; };
        Healthcheck = {
          Test = [ "CMD" "${pkgs.curl}/bin/curl" "-fsS" "http://localhost:${toString svc.port}/healthz" ];
          Interval = 30000000000;
          Timeout = 5000000000;
          Retries = 3;
        };
      };
    };

  # A small base image built the classic way, for tools that need a shell.
  toolbox = dockerTools.buildImage {
    name = "toolbox";
    tag = version;
    copyToRoot = pkgs.buildEnv {
      name = "toolbox-root";
      paths = debugTools ++ [ passwd group ];
      pathsToLink = [ "/bin" "/etc" "/share" ];
    };
    runAsRoot = ''
      #!${pkgs.runtimeShell}
      ${dockerTools.shadowSetup}
      mkdir -p /data
    '';
    config = {
      Cmd = [ "/bin/bash" ];
      Env = toEnvList baseEnv;
      WorkingDir = "/data";
    };
    diskSize = 1024;
    buildVMMemorySize = 512;
  };

  streamed = dockerTools.streamLayeredImage {
    name = "streamed";
    tag = "v${version}";
    contents = [ pkgs.hello ];
    config.Cmd = [ "${pkgs.hello}/bin/hello" ];
  };

  # Numbers and operators that real expressions use.
  limits = {
    memoryMiB = 512 * 4;
    cpu = 1.5;
    ratio = .25;
    scale = 1.5e3;
    negative = -1;
    check = !(withDebugTools || false) && true -> true;
    lt = 1 < 2;
    ge = 2 >= 1;
    ne = 1 != 2;
    has = services ? api.port;
    sel = services.api.env.API_WORKERS or 1;
    div = 10 / 2;
    sub = 10 - 2;
  };

in
{
  images = builtins.mapAttrs mkImage services // {
    inherit toolbox streamed;
  };
  inherit limits labels;
  meta = {
    description = "Container images for the acme services";
    platforms = [ "x86_64-linux" "aarch64-linux" ];
    homepage = https://example.org/acme;
    nixPath = <nixpkgs>;
    configDir = ./config;
    absolute = /etc/hosts;
    home = ~/.config/acme;
    interpolated = ./config/${version}.json;
  };
  args = builtins.attrNames args;
}
