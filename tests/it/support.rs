//! What several modules of this binary share: a scratch folder of files, `camctl` run in English, a workspace
//! of one policy.

use cam_playground::workspace::{NamedPolicy, Workspace};

/// A workspace of one identity policy (named `p`) and a request.
pub fn one_policy(policy: &str, request: &str) -> Workspace {
    Workspace {
        policies: vec![NamedPolicy {
            name: "p".into(),
            text: policy.into(),
            ..Default::default()
        }],
        request: request.into(),
        ..Workspace::default()
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub use native::*;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::path::{Path, PathBuf};
    use std::process::Command;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// A scratch folder, removed when dropped.
    pub struct Files(pub PathBuf);

    impl Files {
        /// A folder of its own: every module's tests run at once in this one process, so the name carries a
        /// number as well as the process id.
        pub fn new(name: &str) -> Files {
            static NEXT: AtomicUsize = AtomicUsize::new(0);
            let n = NEXT.fetch_add(1, Ordering::Relaxed);
            let dir =
                std::env::temp_dir().join(format!("camctl-{name}-{}-{n}", std::process::id()));
            std::fs::create_dir_all(&dir).unwrap();
            Files(dir)
        }

        /// Writes a file into the folder; its path.
        pub fn write(&self, name: &str, text: &str) -> String {
            let path = self.0.join(name);
            std::fs::write(&path, text).unwrap();
            path.to_string_lossy().into_owned()
        }

        pub fn path(&self) -> String {
            self.0.to_string_lossy().into_owned()
        }
    }

    impl Drop for Files {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    /// `camctl args` from the project's folder: its exit code, standard output and standard error.
    pub fn camctl(args: &[&str]) -> (i32, String, String) {
        camctl_in(None, args)
    }

    /// `camctl args` with `dir` as its working folder (relative to the project's, or absolute), in English: the
    /// language follows the environment when `--lang` is absent, and these tests read English.
    pub fn camctl_in(dir: Option<&str>, args: &[&str]) -> (i32, String, String) {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let output = Command::new(env!("CARGO_BIN_EXE_camctl"))
            .args(args)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .current_dir(dir.map_or(root.to_path_buf(), |dir| root.join(dir)))
            .output()
            .unwrap();
        (
            output.status.code().unwrap_or(-1),
            String::from_utf8(output.stdout).unwrap(),
            String::from_utf8(output.stderr).unwrap(),
        )
    }

    /// An output read as JSON, or a failure that shows it.
    pub fn json(out: &str, err: &str) -> serde_json::Value {
        serde_json::from_str(out).unwrap_or_else(|e| panic!("{e}: {out}{err}"))
    }
}
