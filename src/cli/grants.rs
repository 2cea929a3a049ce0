//! The grant options shared by `monty run` and `monty tools`: which host
//! functions the program may call.

use monty::{CapabilitySet, Clock, Entropy, Env, Fs, Http, Mount, registry};

/// What the command line grants, in the order given.
#[derive(Debug, Default)]
pub(crate) struct Grants {
    /// `--grant` names: a function, a group, or `group:NAME`.
    names: Vec<String>,
    /// `--grant-all`: every linked `#[monty::function]`.
    all: bool,
    /// `--clock`.
    clock: Option<Clock>,
    /// `--env` names.
    env: Vec<String>,
    /// `--mount` specifications: host directory, virtual path, writable.
    mounts: Vec<(String, String, bool)>,
    /// `--http-allow` hosts.
    http_hosts: Vec<String>,
}

impl Grants {
    /// Take one grant option if `flag` is one; `value` reads its argument.
    /// `Ok(false)`: not a grant option.
    pub(crate) fn take(
        &mut self,
        flag: &str,
        inline_value: Option<String>,
        value: impl FnOnce() -> Option<String>,
    ) -> Result<bool, String> {
        let value = |what: &str| {
            inline_value
                .clone()
                .or_else(value)
                .ok_or_else(|| format!("{flag} needs an argument: {what}"))
        };
        match flag {
            "--grant" => {
                let names = value("a function or group name")?;
                for name in names.split(',').map(str::trim) {
                    if name.is_empty() {
                        return Err(format!("--grant {names:?}: empty name"));
                    }
                    self.names.push(name.to_owned());
                }
            }
            "--grant-all" => {
                if inline_value.is_some() {
                    return Err("--grant-all takes no value".to_owned());
                }
                self.all = true;
            }
            "--clock" => {
                let text = value("system, seconds since the epoch, or an ISO 8601 UTC instant")?;
                if self.clock.is_some() {
                    return Err("--clock given twice".to_owned());
                }
                self.clock = Some(Clock::parse(&text).map_err(|e| format!("--clock: {e}"))?);
            }
            "--env" => {
                let names = value("environment variable names")?;
                self.env.extend(names.split(',').map(|n| n.trim().to_owned()));
            }
            "--mount" => {
                let spec = value("HOST_DIR:/VIRTUAL[:ro|:rw]")?;
                let (rest, writable) = match spec.rsplit_once(':') {
                    Some((rest, "rw")) => (rest, true),
                    Some((rest, "ro")) => (rest, false),
                    _ => (spec.as_str(), false),
                };
                let (host, at) = rest
                    .rsplit_once(':')
                    .ok_or_else(|| format!("--mount {spec:?}: expected HOST_DIR:/VIRTUAL[:ro|:rw]"))?;
                self.mounts.push((host.to_owned(), at.to_owned(), writable));
            }
            "--http-allow" => {
                let hosts = value("host names, e.g. api.example.com,localhost:8000")?;
                for host in hosts.split(',').map(str::trim) {
                    if host.is_empty() {
                        return Err(format!("--http-allow {hosts:?}: empty host"));
                    }
                    self.http_hosts.push(host.to_owned());
                }
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// Whether no grant option was given.
    pub(crate) fn is_empty(&self) -> bool {
        self.names.is_empty()
            && !self.all
            && self.clock.is_none()
            && self.env.is_empty()
            && self.mounts.is_empty()
            && self.http_hosts.is_empty()
    }

    /// Grant every linked tool (what `monty tools` shows when nothing is granted).
    pub(crate) fn grant_all(&mut self) {
        self.all = true;
    }

    /// The capability set the options describe. An `Err` is a usage error.
    pub(crate) fn build(&self) -> Result<CapabilitySet, String> {
        let mut caps = CapabilitySet::new();
        if self.all {
            for registration in registry() {
                caps = caps.grant(registration.name()).map_err(|e| e.to_string())?;
            }
        }
        let mut clock = self.clock;
        let mut entropy = false;
        for name in &self.names {
            // the randomness family has no configuration: naming its group grants it
            if name == "random" || name == "group:random" {
                entropy = true;
                continue;
            }
            // the clock family is configured by `--clock`; naming its group grants
            // it too (the system clock, unless `--clock` froze one)
            if name == "clock" || name == "group:clock" {
                clock = clock.or(Some(Clock::system()));
                continue;
            }
            if name == "http" || name == "group:http" {
                if self.http_hosts.is_empty() {
                    return Err(format!(
                        "--grant {name}: the http group needs --http-allow HOST,... (the hosts it may reach)"
                    ));
                }
                continue;
            }
            if name == "env" || name == "group:env" {
                if self.env.is_empty() {
                    return Err(format!(
                        "--grant {name}: the env group needs --env NAME,... (the variables it may read)"
                    ));
                }
                continue;
            }
            caps = match name.strip_prefix("group:") {
                Some(group) => caps.grant_group(group),
                None => caps.grant(name),
            }
            .map_err(|e| format!("--grant {name}: {e}"))?;
        }
        if let Some(clock) = &clock {
            caps = caps.with(clock);
        }
        if entropy {
            caps = caps.with(&Entropy::system());
        }
        if !self.env.is_empty() {
            let env = Env::allow(self.env.iter().cloned()).map_err(|e| format!("--env: {e}"))?;
            caps = caps.with(&env);
        }
        if !self.mounts.is_empty() {
            let mut fs = Fs::new();
            for (host, at, writable) in &self.mounts {
                let mount = if *writable {
                    Mount::read_write(host, at)
                } else {
                    Mount::read_only(host, at)
                };
                fs = fs.mount(mount.map_err(|e| format!("--mount {host}:{at}: {e}"))?);
            }
            caps = caps.with(&fs);
        }
        if !self.http_hosts.is_empty() {
            let http = Http::allow(&self.http_hosts).map_err(|e| format!("--http-allow: {e}"))?;
            caps = caps.with(&http);
        }
        Ok(caps)
    }
}
