# Evaluates a test case with stub packages, for the semantic checks of the
# rule tests. Image builders return { image = <function>; args = <args>; }
# so the JSON shows exactly what each image was given; packages are sets
# with an outPath, which JSON prints as that path.
file:
let
  mk = name: { outPath = "/nix/store/0000-${name}"; inherit name; pname = name; };
  static = p: p // { outPath = p.outPath + "-static"; };
  image = fn: args: { image = fn; inherit args; };
  hs = {
    hello = mk "hello"; foo = mk "foo"; bar = mk "bar"; app = mk "app"; server = mk "server";
    callPackage = path: args: mk "called";
    ghcWithPackages = f: mk "ghc-with-packages";
    mkDerivation = a: mk a.pname;
    callCabal2nix = name: src: args: mk name;
    developPackage = a: mk "developed";
  };
  lib = rec {
    optional = c: x: if c then [ x ] else [ ];
    optionals = c: xs: if c then xs else [ ];
    optionalAttrs = c: s: if c then s else { };
    recursiveUpdate = l: r: l // builtins.mapAttrs
      (n: v: if builtins.isAttrs v && builtins.isAttrs (l.${n} or null) && !(v ? outPath) then recursiveUpdate l.${n} v else v) r;
    getExe = p: "${p}/bin/${p.pname}";
    getExe' = p: x: "${p}/bin/${x}";
    getBin = p: p;
    substring = builtins.substring;
    mapAttrsToList = f: s: map (n: f n s.${n}) (builtins.attrNames s);
  };
  dockerTools = {
    override = _: dockerTools;
    pullImage = image "pullImage";
    exportImage = image "exportImage";
    mergeImages = images: { mergeImages = images; };
    shadowSetup = "shadow-setup-script";
    buildImage = image "buildImage";
    buildLayeredImage = image "buildLayeredImage";
    streamLayeredImage = image "streamLayeredImage";
    buildImageWithNixDb = image "buildImageWithNixDb";
    buildLayeredImageWithNixDb = image "buildLayeredImageWithNixDb";
    buildNixShellImage = image "buildNixShellImage";
    streamNixShellImage = image "streamNixShellImage";
    caCertificates = mk "ca-certificates";
    fakeNss = mk "fake-nss";
    usrBinEnv = mk "usr-bin-env";
    binSh = mk "bin-sh";
  };
  haskell = {
    lib = { justStaticExecutables = static; compose.justStaticExecutables = static; };
    packages.ghc96 = hs;
  };
  pkgs = {
    inherit lib dockerTools haskell;
    haskellPackages = hs;
    buildEnv = a: { buildEnv = a; };
    symlinkJoin = a: { symlinkJoin = a; };
    cacert = mk "cacert";
    hello = mk "hello"; coreutils = mk "coreutils" // { version = "2.0.1"; }; bash = mk "bash"; bashInteractive = mk "bash-interactive";
    writeShellScriptBin = n: text: mk n;
    writeScript = n: text: mk n;
    curl = mk "curl"; tzdata = mk "tzdata"; iana-etc = mk "iana-etc"; redis = mk "redis"; nginx = mk "nginx";
    fakeNss = mk "fake-nss";
    nix = mk "nix"; shadow = mk "shadow"; runtimeShell = "/nix/store/0000-bash/bin/bash";
    writeTextDir = path: text: mk "text-dir";
    runCommand = n: env: script: mk n; writeShellScript = n: text: mk n;
    # A package, and also dockerTools for callPackage of its source.
    callPackage = path: args: dockerTools // mk "called";
    writeTextFile = a: mk a.name;
    writeScriptBin = n: text: mk n;
    myapp = mk "myapp" // { version = "1.2.3"; };
    webserver = mk "webserver" // { version = "0.4.0"; };
    stdenv.mkDerivation = a: mk (a.pname or a.name) // (if a ? version then { inherit (a) version; } else { });
  };
  flakeSelf = { rev = "0123456789abcdef0123"; lastModifiedDate = "20240102030405"; outPath = "/nix/store/0000-self"; };
  stubs = pkgs // {
    inherit pkgs;
    self = flakeSelf;
    "self'" = { packages = hs // { default = mk "default"; }; };
    nixpkgs = { legacyPackages.x86_64-linux = pkgs; };
    inputs = { self = flakeSelf; nixpkgs = stubs.nixpkgs; };
    system = "x86_64-linux";
    super = hs;
    config = {
      haskellProjects.default.outputs = { finalPackages = hs; packages = builtins.mapAttrs (n: p: { package = p; }) hs; };
      packages = hs // { default = mk "default"; };
    };
    extraEnv = [ "EXTRA=1" ];
    name = "from-arg";
    tag = "from-arg";
    args = { name = "from-arg"; };
    base = mk "base-image";
    rootfs = mk "rootfs";
    secrets = { apiToken = "token"; dbPassword = "password"; };
    fakeNss = pkgs.fakeNss // { override = o: pkgs.fakeNss // { outPath = "/nix/store/0000-fake-nss-override"; }; };
  };
  call = f: f (builtins.intersectAttrs (builtins.functionArgs f) stubs);
  walk = depth: v:
    if depth > 12 then "..."
    else if builtins.isFunction v then
      (if builtins.functionArgs v == { } then "<function>" else walk (depth + 1) (call v))
    else if builtins.isAttrs v then
      (if v ? outPath then v.outPath else builtins.mapAttrs (n: walk (depth + 1)) v)
    else if builtins.isList v then map (walk (depth + 1)) v
    else v;
in
walk 0 (import file)
