//! Python exceptions as data: [`ExcType`] names the class, [`RunError`] carries a
//! failure through the interpreter.

pub(crate) mod class_messages;
pub(crate) mod messages;

use serde::{Deserialize, Serialize};

use crate::error::LimitError;
use crate::object::value::Value;

/// Result of anything that runs Python semantics.
pub(crate) type RunResult<T> = Result<T, RunError>;

/// How an operation failed.
#[derive(Debug, Clone)]
pub enum RunError {
    /// A new Python exception, not yet materialized on the heap.
    New(ExcType, String),
    /// A new Python exception with arbitrary args (already on the heap or inline).
    NewArgs(ExcType, Vec<Value>),
    /// An existing exception object (a `Value::Ref` to `Obj::Exception`).
    Raise(Value),
    /// A resource limit: Python code cannot catch it.
    Limit(LimitError),
    /// The program called a host function and must pause until the host answers.
    Pause(crate::host::HostCallRequest),
    /// Every task waits on host futures: pause until the host resolves some of these
    /// `(call id, future)` pairs.
    AwaitHost(Vec<(u64, crate::object::value::HeapId)>),
    /// A bug in Monty.
    Internal(&'static str),
}

impl From<LimitError> for RunError {
    fn from(e: LimitError) -> Self {
        Self::Limit(e)
    }
}

/// Build a `RunError::New`; cold so error paths stay out of the hot code.
#[cold]
#[must_use]
pub(crate) fn exc(ty: ExcType, msg: impl Into<String>) -> RunError {
    RunError::New(ty, msg.into())
}

macro_rules! exc_types {
    ($($name:ident : $parent:ident),* $(,)?) => {
        /// The built-in exception classes.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[allow(missing_docs, non_camel_case_types)]
        pub enum ExcType { BaseException, $($name),* }

        impl ExcType {
            /// Every built-in exception class.
            pub const ALL: &'static [ExcType] = &[ExcType::BaseException, $(ExcType::$name),*];

            /// The class name.
            #[must_use]
            pub fn name(self) -> &'static str {
                match self { Self::BaseException => "BaseException", $(Self::$name => stringify!($name)),* }
            }

            /// The direct base class (`BaseException` is its own root).
            #[must_use]
            pub fn parent(self) -> Option<ExcType> {
                match self { Self::BaseException => None, $(Self::$name => Some(Self::$parent)),* }
            }
        }
    };
}

exc_types! {
    Exception: BaseException,
    SystemExit: BaseException,
    KeyboardInterrupt: BaseException,
    GeneratorExit: BaseException,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    FileNotFoundError: OSError,
    PermissionError: OSError,
    TimeoutError: OSError,
    ConnectionError: OSError,
    ReferenceError: Exception,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    StopIteration: Exception,
    StopAsyncIteration: Exception,
    SyntaxError: Exception,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    Warning: Exception,
    UserWarning: Warning,
    DeprecationWarning: Warning,
    RuntimeWarning: Warning,
    JSONDecodeError: ValueError,
    error: Exception,
    Error: ValueError,
    // appended, so the serialized index of every earlier class stays the same
    PendingDeprecationWarning: Warning,
    FutureWarning: Warning,
    SyntaxWarning: Warning,
    ImportWarning: Warning,
    ResourceWarning: Warning,
    BytesWarning: Warning,
    UnicodeWarning: Warning,
    EncodingWarning: Warning,
    FileExistsError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
}

impl ExcType {
    /// Whether the class is a builtin name (module exceptions such as
    /// `json.JSONDecodeError` are reached through their module only).
    #[must_use]
    pub fn is_builtin(self) -> bool {
        !matches!(self, Self::JSONDecodeError | Self::error | Self::Error)
    }

    /// Whether `self` is `other` or a subclass of it.
    #[must_use]
    pub fn is_subclass_of(self, other: ExcType) -> bool {
        let mut current = Some(self);
        while let Some(t) = current {
            if t == other {
                return true;
            }
            current = t.parent();
        }
        false
    }

    /// Look a class up by name.
    #[must_use]
    pub fn from_name(name: &str) -> Option<ExcType> {
        Self::ALL.iter().copied().find(|t| t.name() == name)
    }

    /// The method resolution order, most derived first.
    #[must_use]
    pub fn mro(self) -> Vec<ExcType> {
        let mut out = Vec::new();
        let mut current = Some(self);
        while let Some(t) = current {
            out.push(t);
            current = t.parent();
        }
        out
    }
}
