//! `MontyRun`: compile once, run many times.

use std::sync::Arc;

use crate::boundary::MontyObject;
use crate::bytecode::Program;
use crate::error::{MontyError, PythonException, StackFrame};
use crate::exceptions::RunError;
use crate::io::PrintWriter;
use crate::limits::ResourceTracker;
use crate::object::heap::Obj;
use crate::object::value::Value;
use crate::vm::Vm;

/// A compiled program, ready to run. Cheap to clone.
#[derive(Debug, Clone)]
pub struct MontyRun {
    program: Arc<Program>,
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
        let program = crate::compile::compile_program(code, script_name, &input_names, &external_function_names)
            .map_err(MontyError::Syntax)?;
        Ok(Self {
            program: Arc::new(program),
        })
    }

    /// Run to completion. The result is the value of a trailing expression statement, else `None`.
    ///
    /// # Errors
    /// An uncaught Python exception, a resource limit, or a wrong number of inputs.
    pub fn run<T: ResourceTracker>(
        &self,
        inputs: Vec<MontyObject>,
        mut tracker: T,
        print: &mut PrintWriter<'_>,
    ) -> Result<MontyObject, MontyError> {
        if inputs.len() != self.program.input_globals.len() {
            return Err(MontyError::Internal(format!(
                "expected {} input values, got {}",
                self.program.input_globals.len(),
                inputs.len()
            )));
        }
        let mut vm = Vm::new(&self.program, &mut tracker, print).map_err(|e| MontyError::Internal(format!("{e:?}")))?;
        for (&g, input) in self.program.input_globals.iter().zip(&inputs) {
            let v = vm.import_value(input).map_err(|e| to_error(&mut vm, e))?;
            if let Some(slot) = vm.globals.get_mut(g as usize) {
                *slot = v;
            }
        }
        let result = vm.run_module();
        match result {
            Ok(v) => vm.export_value(v).map_err(|e| to_error(&mut vm, e)),
            Err(e) => Err(to_error(&mut vm, e)),
        }
    }
}

/// Turn an internal error into the public error type.
fn to_error(vm: &mut Vm<'_, '_>, err: RunError) -> MontyError {
    match err {
        RunError::Limit(l) => MontyError::Limit(l),
        RunError::Internal(msg) => MontyError::Internal(msg.to_owned()),
        other => match vm.materialize(other) {
            Ok(e) => MontyError::Exception(exception_info(vm, e)),
            Err(RunError::Limit(l)) => MontyError::Limit(l),
            Err(e) => MontyError::Internal(format!("{e:?}")),
        },
    }
}

fn exception_info(vm: &mut Vm<'_, '_>, e: Value) -> PythonException {
    let (exc_type, tb) = match e {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Exception(x) => (
                x.class
                    .and_then(|c| match vm.heap.get(c) {
                        Obj::Class(k) => Some(k.name.clone()),
                        _ => None,
                    })
                    .unwrap_or_else(|| x.ty.name().to_owned()),
                x.traceback.clone(),
            ),
            _ => ("BaseException".to_owned(), Vec::new()),
        },
        _ => ("BaseException".to_owned(), Vec::new()),
    };
    let message = vm.str(e).unwrap_or_default();
    let program = vm.program;
    let traceback = tb
        .iter()
        .rev()
        .map(|&(code, line)| StackFrame {
            filename: program.script_name.clone(),
            line,
            function: program
                .codes
                .get(code as usize)
                .map_or_else(|| "?".to_owned(), |c| c.name.clone()),
            source_line: program
                .source_lines
                .get((line as usize).saturating_sub(1))
                .map(|l| l.trim().to_owned())
                .filter(|l| !l.is_empty()),
        })
        .collect();
    PythonException {
        exc_type,
        message,
        traceback,
    }
}
