//! The salsa database ty runs on: an in-memory file system holding the agent's
//! program and the stub file, typeshed from `ty_vendored`, and fixed settings.
//!
//! Nothing here touches the host's disk, environment or clock: ruff_db's
//! `InMemorySystem` answers every file and environment query from memory, and
//! typeshed is a zip compiled into the binary.

use std::sync::Arc;

use ruff_db::Db as SourceDb;
use ruff_db::diagnostic::Diagnostic;
use ruff_db::files::{File, Files};
use ruff_db::system::{InMemorySystem, MemoryFileSystem, System, SystemPath, SystemPathBuf};
use ruff_db::vendored::VendoredFileSystem;
use ruff_python_ast::PythonVersion;
use ty_module_resolver::{Db as ModuleResolverDb, FallibleStrategy, SearchPathSettings};
use ty_python_core::platform::PythonPlatform;
use ty_python_core::program::ProgramSettings;
use ty_python_core::{Program, ProgramFile};
use ty_python_semantic::lint::{LintRegistry, RuleSelection};
use ty_python_semantic::{
    AnalysisSettings, Db as SemanticDb, PythonVersionSource, PythonVersionWithSource, default_lint_registry,
};

use crate::error::TypeCheckError;

/// The directory that holds the checked files; it is the first-party search
/// root, so `__builtins__.pyi` in it is the project-level builtins module.
pub(crate) const ROOT: &str = "/monty";

/// The Python version the program is checked against: CPython 3.11, the
/// oldest version whose behaviour Monty follows and the one the differential
/// tests compare with.
const PYTHON_VERSION: PythonVersion = PythonVersion::PY311;

/// A salsa database for checking one program at a time.
#[salsa::db]
#[derive(Clone)]
pub(crate) struct CheckDb {
    storage: salsa::Storage<Self>,
    files: Files,
    system: InMemorySystem,
    vendored: VendoredFileSystem,
    settings: Arc<ProgramSettings>,
    rule_selection: Arc<RuleSelection>,
    analysis_settings: Arc<AnalysisSettings>,
}

impl CheckDb {
    /// A database with an empty root directory and typeshed's standard library.
    pub(crate) fn new() -> Result<Self, TypeCheckError> {
        let fs = MemoryFileSystem::with_current_directory(ROOT);
        fs.create_directory_all(ROOT).map_err(TypeCheckError::setup)?;
        let system = InMemorySystem::from_memory_fs(fs);
        let vendored = ty_vendored::file_system().clone();
        let search_paths = SearchPathSettings::new(vec![SystemPathBuf::from(ROOT)])
            .to_search_paths(&system, &vendored, &FallibleStrategy)
            .map_err(TypeCheckError::setup)?;
        let settings = ProgramSettings {
            python_version: PythonVersionWithSource {
                version: PYTHON_VERSION,
                source: PythonVersionSource::default(),
            },
            python_platform: PythonPlatform::default(),
            search_paths,
        };
        let db = Self {
            storage: salsa::Storage::new(None),
            files: Files::default(),
            system,
            vendored,
            settings: Arc::new(settings),
            rule_selection: Arc::new(RuleSelection::from_registry(default_lint_registry())),
            analysis_settings: Arc::new(AnalysisSettings::default()),
        };
        db.settings.search_paths.try_register_static_roots(&db);
        Ok(db)
    }

    /// Write `text` to `path` (under [`ROOT`]) and tell salsa the file changed.
    ///
    /// Writing the same text again still bumps the file's revision; callers
    /// skip unchanged files so that warm state stays valid.
    pub(crate) fn write(&mut self, path: &SystemPath, text: &str) -> Result<File, TypeCheckError> {
        self.system
            .fs()
            .write_file_all(path, text)
            .map_err(TypeCheckError::setup)?;
        File::sync_path(self, path);
        ruff_db::files::system_path_to_file(self, path).map_err(TypeCheckError::setup)
    }

    /// Remove `path` (if present) and tell salsa.
    pub(crate) fn remove(&mut self, path: &SystemPath) {
        if self.system.fs().remove_file(path).is_ok() {
            File::sync_path(self, path);
        }
    }

    /// ty's diagnostics for `file`, sorted in source order.
    pub(crate) fn check(&self, file: File) -> Vec<Diagnostic> {
        SemanticDb::check_file(self, file)
    }

    /// The single program this database checks, interned once per database.
    fn program(&self) -> Program<'_> {
        program_of(self)
    }
}

/// Gives [`program_of`] the settings without naming the concrete database type.
#[salsa::db]
trait ProgramSettingsDb: ty_python_core::Db {
    fn program_settings(&self) -> &ProgramSettings;
}

/// Interning a program hashes every search path and typeshed's `VERSIONS`
/// table; caching it in salsa makes that a one-time cost per database.
#[salsa::tracked(returns(copy))]
fn program_of(db: &dyn ProgramSettingsDb) -> Program<'_> {
    Program::from_settings(db, db.program_settings())
}

#[salsa::db]
impl ProgramSettingsDb for CheckDb {
    fn program_settings(&self) -> &ProgramSettings {
        &self.settings
    }
}

#[salsa::db]
impl SourceDb for CheckDb {
    fn vendored(&self) -> &VendoredFileSystem {
        &self.vendored
    }

    fn system(&self) -> &dyn System {
        &self.system
    }

    fn files(&self) -> &Files {
        &self.files
    }
}

#[salsa::db]
impl ModuleResolverDb for CheckDb {}

#[salsa::db]
impl ty_python_core::Db for CheckDb {
    fn should_check_file(&self, file: File) -> bool {
        !file.path(self).is_vendored_path()
    }
}

#[salsa::db]
impl SemanticDb for CheckDb {
    fn check_file(&self, file: File) -> Vec<Diagnostic> {
        if !ty_python_core::Db::should_check_file(self, file) {
            return Vec::new();
        }
        ty_python_semantic::check_file_unwrap(self, self.program_file(file))
    }

    fn program_file(&self, file: File) -> ProgramFile<'_> {
        self.program().program_file(self, file)
    }

    fn python_version_with_source(&self, _file: File) -> &PythonVersionWithSource {
        &self.settings.python_version
    }

    fn rule_selection(&self, _file: File) -> &RuleSelection {
        &self.rule_selection
    }

    fn lint_registry(&self) -> &LintRegistry {
        default_lint_registry()
    }

    fn analysis_settings(&self, _file: File) -> &AnalysisSettings {
        &self.analysis_settings
    }

    fn verbose(&self) -> bool {
        false
    }

    fn is_open_file(&self, _file: File) -> bool {
        false
    }

    fn dyn_clone(&self) -> Box<dyn SemanticDb> {
        Box::new(self.clone())
    }
}

#[salsa::db]
impl salsa::Database for CheckDb {}
