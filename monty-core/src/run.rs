//! `MontyRun`: compile once, run many times.

use crate::boundary::MontyObject;
use crate::error::MontyError;
use crate::io::PrintWriter;
use crate::limits::ResourceTracker;

/// A compiled program, ready to run. Cheap to clone.
#[derive(Debug, Clone)]
pub struct MontyRun {
    script_name: String,
    input_names: Vec<String>,
}

impl MontyRun {
    /// Parse, check and compile `code`.
    ///
    /// `input_names` are global names whose values are given to each run;
    /// `external_function_names` are host functions the program may call.
    ///
    /// # Errors
    /// A [`MontyError::Syntax`] when the source does not compile.
    pub fn new(
        code: &str,
        script_name: &str,
        input_names: Vec<String>,
        external_function_names: Vec<String>,
    ) -> Result<Self, MontyError> {
        let _ = (code, external_function_names);
        Ok(Self { script_name: script_name.to_owned(), input_names })
    }

    /// Run to completion. The result is the value of a trailing expression statement, else `None`.
    ///
    /// # Errors
    /// An uncaught Python exception or a resource limit.
    pub fn run<T: ResourceTracker>(
        &self,
        inputs: Vec<MontyObject>,
        tracker: T,
        print: &mut PrintWriter<'_>,
    ) -> Result<MontyObject, MontyError> {
        let _ = (inputs, tracker, print, &self.script_name, &self.input_names);
        Err(MontyError::Internal("not implemented yet".to_owned()))
    }
}
